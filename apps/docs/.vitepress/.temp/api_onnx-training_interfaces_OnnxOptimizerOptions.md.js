import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OnnxOptimizerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/OnnxOptimizerOptions.md","filePath":"api/onnx-training/interfaces/OnnxOptimizerOptions.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/OnnxOptimizerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / OnnxOptimizerOptions</p><h1 id="interface-onnxoptimizeroptions" tabindex="-1">Interface: OnnxOptimizerOptions <a class="header-anchor" href="#interface-onnxoptimizeroptions" aria-label="Permalink to &quot;Interface: OnnxOptimizerOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="sessionoptions" tabindex="-1">sessionOptions? <a class="header-anchor" href="#sessionoptions" aria-label="Permalink to &quot;sessionOptions?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>sessionOptions?</strong>: <code>SessionOptions</code></p></blockquote><p>Passed to <code>InferenceSession.create</code> for the optimizer graph (threads, optimization level, ...).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/OnnxOptimizerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OnnxOptimizerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OnnxOptimizerOptions as default
};
