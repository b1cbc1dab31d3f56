import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildMlp()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/buildMlp.md","filePath":"api/onnx-training/functions/buildMlp.md"}');
const _sfc_main = { name: "api/onnx-training/functions/buildMlp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / buildMlp</p><h1 id="function-buildmlp" tabindex="-1">Function: buildMlp() <a class="header-anchor" href="#function-buildmlp" aria-label="Permalink to &quot;Function: buildMlp()&quot;">​</a></h1><blockquote><p><strong>buildMlp</strong>(<code>options</code>): <a href="./../interfaces/MlpGraphs"><code>MlpGraphs</code></a></p></blockquote><p>Builds a multilayer perceptron&#39;s gradient, evaluation and prediction graphs in standard ONNX ops (opset 17): Gemm layers, ReLU/Tanh, MSE or softmax cross-entropy, and the analytic backward.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/MlpOptions"><code>MlpOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MlpGraphs"><code>MlpGraphs</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/buildMlp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildMlp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildMlp as default
};
