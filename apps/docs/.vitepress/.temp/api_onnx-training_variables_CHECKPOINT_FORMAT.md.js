import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CHECKPOINT_FORMAT","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/variables/CHECKPOINT_FORMAT.md","filePath":"api/onnx-training/variables/CHECKPOINT_FORMAT.md"}');
const _sfc_main = { name: "api/onnx-training/variables/CHECKPOINT_FORMAT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / CHECKPOINT_FORMAT</p><h1 id="variable-checkpoint-format" tabindex="-1">Variable: CHECKPOINT_FORMAT <a class="header-anchor" href="#variable-checkpoint-format" aria-label="Permalink to &quot;Variable: CHECKPOINT\\_FORMAT&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CHECKPOINT_FORMAT</strong>: <code>&quot;lrkit-onnx-training-checkpoint&quot;</code> = <code>&#39;lrkit-onnx-training-checkpoint&#39;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/variables/CHECKPOINT_FORMAT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CHECKPOINT_FORMAT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CHECKPOINT_FORMAT as default
};
