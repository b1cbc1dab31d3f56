import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeTensor()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/decodeTensor.md","filePath":"api/onnx-training/functions/decodeTensor.md"}');
const _sfc_main = { name: "api/onnx-training/functions/decodeTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / decodeTensor</p><h1 id="function-decodetensor" tabindex="-1">Function: decodeTensor() <a class="header-anchor" href="#function-decodetensor" aria-label="Permalink to &quot;Function: decodeTensor()&quot;">​</a></h1><blockquote><p><strong>decodeTensor</strong>(<code>parameter</code>, <code>value</code>): <code>Tensor</code></p></blockquote><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="parameter" tabindex="-1">parameter <a class="header-anchor" href="#parameter" aria-label="Permalink to &quot;parameter&quot;">​</a></h3><p><code>string</code></p><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Tensor</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/decodeTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeTensor as default
};
