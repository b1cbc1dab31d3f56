import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: IR_VERSION","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/variables/IR_VERSION.md","filePath":"api/onnx-training/variables/IR_VERSION.md"}');
const _sfc_main = { name: "api/onnx-training/variables/IR_VERSION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / IR_VERSION</p><h1 id="variable-ir-version" tabindex="-1">Variable: IR_VERSION <a class="header-anchor" href="#variable-ir-version" aria-label="Permalink to &quot;Variable: IR\\_VERSION&quot;">​</a></h1><blockquote><p><code>const</code> <strong>IR_VERSION</strong>: <code>8</code> = <code>8</code></p></blockquote><p>IR version 8 is the one that goes with opset 17.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/variables/IR_VERSION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IR_VERSION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IR_VERSION as default
};
