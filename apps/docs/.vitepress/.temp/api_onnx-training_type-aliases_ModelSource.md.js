import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ModelSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/ModelSource.md","filePath":"api/onnx-training/type-aliases/ModelSource.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/ModelSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / ModelSource</p><h1 id="type-alias-modelsource" tabindex="-1">Type Alias: ModelSource <a class="header-anchor" href="#type-alias-modelsource" aria-label="Permalink to &quot;Type Alias: ModelSource&quot;">​</a></h1><blockquote><p><strong>ModelSource</strong> = <code>Uint8Array</code> | <code>string</code> | <code>InferenceSession</code></p></blockquote><p>A model given as ONNX bytes, a file path, or an already created session.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/ModelSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModelSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModelSource as default
};
