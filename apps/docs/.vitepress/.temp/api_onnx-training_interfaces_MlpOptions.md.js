import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MlpOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/MlpOptions.md","filePath":"api/onnx-training/interfaces/MlpOptions.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/MlpOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / MlpOptions</p><h1 id="interface-mlpoptions" tabindex="-1">Interface: MlpOptions <a class="header-anchor" href="#interface-mlpoptions" aria-label="Permalink to &quot;Interface: MlpOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="activation" tabindex="-1">activation? <a class="header-anchor" href="#activation" aria-label="Permalink to &quot;activation?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>activation?</strong>: <a href="./../type-aliases/Activation"><code>Activation</code></a> | readonly <a href="./../type-aliases/Activation"><code>Activation</code></a>[]</p></blockquote><p>Hidden activation, one for all or one per hidden layer. Default &#39;relu&#39;.</p><hr><h3 id="hiddensizes" tabindex="-1">hiddenSizes <a class="header-anchor" href="#hiddensizes" aria-label="Permalink to &quot;hiddenSizes&quot;">​</a></h3><blockquote><p><strong>hiddenSizes</strong>: readonly <code>number</code>[]</p></blockquote><p>Units of each hidden layer, e.g. [64, 64]; may be empty (a linear model).</p><hr><h3 id="inputsize" tabindex="-1">inputSize <a class="header-anchor" href="#inputsize" aria-label="Permalink to &quot;inputSize&quot;">​</a></h3><blockquote><p><strong>inputSize</strong>: <code>number</code></p></blockquote><p>Features per example: input <code>x</code> is float32 [batch, inputSize].</p><hr><h3 id="labels" tabindex="-1">labels? <a class="header-anchor" href="#labels" aria-label="Permalink to &quot;labels?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>labels?</strong>: <code>&quot;indices&quot;</code> | <code>&quot;probabilities&quot;</code></p></blockquote><p>Cross-entropy targets: &#39;indices&#39; (default), int64 class indices [batch]; or &#39;probabilities&#39;, float32 [batch, outputSize] rows (one-hot or soft labels). MSE targets are float32 [batch, outputSize].</p><hr><h3 id="loss" tabindex="-1">loss <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss&quot;">​</a></h3><blockquote><p><strong>loss</strong>: <a href="./../type-aliases/MlpLoss"><code>MlpLoss</code></a></p></blockquote><p>&#39;mse&#39; (mean over every element, as torch.nn.MSELoss) or &#39;softmax-cross-entropy&#39; (mean over the batch).</p><hr><h3 id="outputsize" tabindex="-1">outputSize <a class="header-anchor" href="#outputsize" aria-label="Permalink to &quot;outputSize&quot;">​</a></h3><blockquote><p><strong>outputSize</strong>: <code>number</code></p></blockquote><p>Units of the last (linear) layer: regression targets or classes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/MlpOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MlpOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MlpOptions as default
};
