import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EncodedTensor","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/EncodedTensor.md","filePath":"api/onnx-training/interfaces/EncodedTensor.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/EncodedTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / EncodedTensor</p><h1 id="interface-encodedtensor" tabindex="-1">Interface: EncodedTensor <a class="header-anchor" href="#interface-encodedtensor" aria-label="Permalink to &quot;Interface: EncodedTensor&quot;">​</a></h1><p>A float32 tensor as JSON: its shape and its bytes (little-endian IEEE 754) in base64.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <code>string</code></p></blockquote><hr><h3 id="dims" tabindex="-1">dims <a class="header-anchor" href="#dims" aria-label="Permalink to &quot;dims&quot;">​</a></h3><blockquote><p><strong>dims</strong>: <code>number</code>[]</p></blockquote><hr><h3 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h3><blockquote><p><strong>dtype</strong>: <code>&quot;float32&quot;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/EncodedTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EncodedTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EncodedTensor as default
};
