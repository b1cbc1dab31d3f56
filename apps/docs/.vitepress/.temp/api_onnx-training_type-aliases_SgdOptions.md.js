import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SgdOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/SgdOptions.md","filePath":"api/onnx-training/type-aliases/SgdOptions.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/SgdOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / SgdOptions</p><h1 id="type-alias-sgdoptions" tabindex="-1">Type Alias: SgdOptions <a class="header-anchor" href="#type-alias-sgdoptions" aria-label="Permalink to &quot;Type Alias: SgdOptions&quot;">​</a></h1><blockquote><p><strong>SgdOptions</strong> = <code>Partial</code>&lt;<a href="./../interfaces/SgdHyperparameters"><code>SgdHyperparameters</code></a>&gt; &amp; <a href="./../interfaces/OnnxOptimizerOptions"><code>OnnxOptimizerOptions</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/SgdOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SgdOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SgdOptions as default
};
