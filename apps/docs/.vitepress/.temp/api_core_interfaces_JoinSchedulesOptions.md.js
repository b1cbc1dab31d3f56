import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: JoinSchedulesOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/JoinSchedulesOptions.md","filePath":"api/core/interfaces/JoinSchedulesOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/JoinSchedulesOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / JoinSchedulesOptions</p><h1 id="interface-joinschedulesoptions" tabindex="-1">Interface: JoinSchedulesOptions <a class="header-anchor" href="#interface-joinschedulesoptions" aria-label="Permalink to &quot;Interface: JoinSchedulesOptions&quot;">​</a></h1><p>Options of <a href="./../functions/joinSchedules">joinSchedules</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="boundaries" tabindex="-1">boundaries <a class="header-anchor" href="#boundaries" aria-label="Permalink to &quot;boundaries&quot;">​</a></h3><blockquote><p><strong>boundaries</strong>: readonly <code>number</code>[]</p></blockquote><p>Non-decreasing steps where the next schedule takes over; one fewer than schedules.</p><hr><h3 id="schedules" tabindex="-1">schedules <a class="header-anchor" href="#schedules" aria-label="Permalink to &quot;schedules&quot;">​</a></h3><blockquote><p><strong>schedules</strong>: readonly <a href="./Schedule"><code>Schedule</code></a>[]</p></blockquote><p>The schedules, in order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/JoinSchedulesOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const JoinSchedulesOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  JoinSchedulesOptions as default
};
