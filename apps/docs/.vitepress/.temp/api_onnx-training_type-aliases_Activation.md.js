import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Activation","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/Activation.md","filePath":"api/onnx-training/type-aliases/Activation.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/Activation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / Activation</p><h1 id="type-alias-activation" tabindex="-1">Type Alias: Activation <a class="header-anchor" href="#type-alias-activation" aria-label="Permalink to &quot;Type Alias: Activation&quot;">​</a></h1><blockquote><p><strong>Activation</strong> = <code>&quot;relu&quot;</code> | <code>&quot;tanh&quot;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/Activation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Activation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Activation as default
};
