import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MlpLoss","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/MlpLoss.md","filePath":"api/onnx-training/type-aliases/MlpLoss.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/MlpLoss.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / MlpLoss</p><h1 id="type-alias-mlploss" tabindex="-1">Type Alias: MlpLoss <a class="header-anchor" href="#type-alias-mlploss" aria-label="Permalink to &quot;Type Alias: MlpLoss&quot;">​</a></h1><blockquote><p><strong>MlpLoss</strong> = <code>&quot;mse&quot;</code> | <code>&quot;softmax-cross-entropy&quot;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/MlpLoss.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MlpLoss = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MlpLoss as default
};
