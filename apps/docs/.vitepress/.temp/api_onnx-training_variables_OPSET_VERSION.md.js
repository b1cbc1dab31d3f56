import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: OPSET_VERSION","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/variables/OPSET_VERSION.md","filePath":"api/onnx-training/variables/OPSET_VERSION.md"}');
const _sfc_main = { name: "api/onnx-training/variables/OPSET_VERSION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / OPSET_VERSION</p><h1 id="variable-opset-version" tabindex="-1">Variable: OPSET_VERSION <a class="header-anchor" href="#variable-opset-version" aria-label="Permalink to &quot;Variable: OPSET\\_VERSION&quot;">​</a></h1><blockquote><p><code>const</code> <strong>OPSET_VERSION</strong>: <code>17</code> = <code>17</code></p></blockquote><p>The one opset lrkit&#39;s graphs are written against (ReduceSum takes axes as an input from 13).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/variables/OPSET_VERSION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OPSET_VERSION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OPSET_VERSION as default
};
