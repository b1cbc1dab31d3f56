import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ConstantScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/ConstantScheduleOptions.md","filePath":"api/core/interfaces/ConstantScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/ConstantScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ConstantScheduleOptions</p><h1 id="interface-constantscheduleoptions" tabindex="-1">Interface: ConstantScheduleOptions <a class="header-anchor" href="#interface-constantscheduleoptions" aria-label="Permalink to &quot;Interface: ConstantScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/constantSchedule">constantSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>number</code></p></blockquote><p>The lr at every step.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/ConstantScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ConstantScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ConstantScheduleOptions as default
};
