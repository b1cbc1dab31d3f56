import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TensorMap","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/TensorMap.md","filePath":"api/onnx-training/type-aliases/TensorMap.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/TensorMap.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / TensorMap</p><h1 id="type-alias-tensormap" tabindex="-1">Type Alias: TensorMap <a class="header-anchor" href="#type-alias-tensormap" aria-label="Permalink to &quot;Type Alias: TensorMap&quot;">​</a></h1><blockquote><p><strong>TensorMap</strong> = <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>Tensor</code>&gt;&gt;</p></blockquote><p>Named float32 tensors: parameters, gradients, a batch.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/TensorMap.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TensorMap = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TensorMap as default
};
