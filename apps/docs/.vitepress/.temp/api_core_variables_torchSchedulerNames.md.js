import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: torchSchedulerNames","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/variables/torchSchedulerNames.md","filePath":"api/core/variables/torchSchedulerNames.md"}');
const _sfc_main = { name: "api/core/variables/torchSchedulerNames.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / torchSchedulerNames</p><h1 id="variable-torchschedulernames" tabindex="-1">Variable: torchSchedulerNames <a class="header-anchor" href="#variable-torchschedulernames" aria-label="Permalink to &quot;Variable: torchSchedulerNames&quot;">​</a></h1><blockquote><p><code>const</code> <strong>torchSchedulerNames</strong>: readonly <code>string</code>[]</p></blockquote><p>The PyTorch scheduler names <code>fromTorch</code> accepts.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/torchSchedulerNames.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const torchSchedulerNames = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  torchSchedulerNames as default
};
