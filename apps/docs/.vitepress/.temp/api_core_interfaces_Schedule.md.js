import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Schedule","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/Schedule.md","filePath":"api/core/interfaces/Schedule.md"}');
const _sfc_main = { name: "api/core/interfaces/Schedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / Schedule</p><h1 id="interface-schedule" tabindex="-1">Interface: Schedule <a class="header-anchor" href="#interface-schedule" aria-label="Permalink to &quot;Interface: Schedule&quot;">​</a></h1><p>A closed-form schedule: a pure function of the integer step (0, 1, 2, ...), evaluated at any step without stepping. Built by the <code>*Schedule</code> builders and the library presets; drives an optimizer through <code>ScheduleLR</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>spec</strong>: <a href="./ScheduleSpec"><code>ScheduleSpec</code></a></p></blockquote><p>The JSON spec this schedule was built from (frozen).</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="lrat" tabindex="-1">lrAt() <a class="header-anchor" href="#lrat" aria-label="Permalink to &quot;lrAt()&quot;">​</a></h3><blockquote><p><strong>lrAt</strong>(<code>step</code>): <code>number</code></p></blockquote><p>The value at <code>step</code> (an integer ≥ 0): an absolute lr, or a multiplier for the HF presets.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="step" tabindex="-1">step <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step&quot;">​</a></h5><p><code>number</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/Schedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Schedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Schedule as default
};
