import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeTensor()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/encodeTensor.md","filePath":"api/onnx-training/functions/encodeTensor.md"}');
const _sfc_main = { name: "api/onnx-training/functions/encodeTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / encodeTensor</p><h1 id="function-encodetensor" tabindex="-1">Function: encodeTensor() <a class="header-anchor" href="#function-encodetensor" aria-label="Permalink to &quot;Function: encodeTensor()&quot;">​</a></h1><blockquote><p><strong>encodeTensor</strong>(<code>tensor</code>): <a href="./../interfaces/EncodedTensor"><code>EncodedTensor</code></a></p></blockquote><p>Bit-exact: the bytes are copied, never converted, so every float32 (-0 and NaN payloads included) survives the round trip. Node runs on little-endian hosts only, as ONNX&#39;s raw data is.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tensor" tabindex="-1">tensor <a class="header-anchor" href="#tensor" aria-label="Permalink to &quot;tensor&quot;">​</a></h3><p><code>Tensor</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/EncodedTensor"><code>EncodedTensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/encodeTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeTensor as default
};
