import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: scheduleFromSpec()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/scheduleFromSpec.md","filePath":"api/core/functions/scheduleFromSpec.md"}');
const _sfc_main = { name: "api/core/functions/scheduleFromSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / scheduleFromSpec</p><h1 id="function-schedulefromspec" tabindex="-1">Function: scheduleFromSpec() <a class="header-anchor" href="#function-schedulefromspec" aria-label="Permalink to &quot;Function: scheduleFromSpec()&quot;">​</a></h1><blockquote><p><strong>scheduleFromSpec</strong>(<code>spec</code>, <code>path?</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>Rebuilds a closed-form schedule from its JSON spec (<code>schedule.spec</code>), exactly: the rebuilt schedule has the same spec and the same value at every step. Rejects unknown types (listing the valid ones), unknown, missing or wrong-typed fields and functions, with an InvalidArgumentError whose parameter is the path into the spec, prefixed by <code>path</code> (e.g. <code>schedules[1].warmupSteps</code>). A top-level <code>version: 1</code> is accepted.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><p><code>unknown</code></p><h3 id="path" tabindex="-1">path? <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path?&quot;">​</a></h3><p><code>string</code> = <code>&#39;&#39;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/scheduleFromSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const scheduleFromSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  scheduleFromSpec as default
};
