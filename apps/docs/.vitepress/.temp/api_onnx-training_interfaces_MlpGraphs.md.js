import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MlpGraphs","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/MlpGraphs.md","filePath":"api/onnx-training/interfaces/MlpGraphs.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/MlpGraphs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / MlpGraphs</p><h1 id="interface-mlpgraphs" tabindex="-1">Interface: MlpGraphs <a class="header-anchor" href="#interface-mlpgraphs" aria-label="Permalink to &quot;Interface: MlpGraphs&quot;">​</a></h1><p>The three models of one MLP; all take the parameters as inputs named as in <code>params</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="evalmodel" tabindex="-1">evalModel <a class="header-anchor" href="#evalmodel" aria-label="Permalink to &quot;evalModel&quot;">​</a></h3><blockquote><p><strong>evalModel</strong>: <code>Uint8Array</code></p></blockquote><p>Inputs params, <code>x</code>, <code>y</code>; outputs <code>loss</code> and <code>output</code> (predictions, or logits for cross-entropy).</p><hr><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><blockquote><p><strong>options</strong>: <a href="./ResolvedMlpOptions"><code>ResolvedMlpOptions</code></a></p></blockquote><hr><h3 id="params" tabindex="-1">params <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params&quot;">​</a></h3><blockquote><p><strong>params</strong>: readonly <a href="./ParamShape"><code>ParamShape</code></a>[]</p></blockquote><p>Parameters in layer order: <code>layer&lt;i&gt;.weight</code> [out, in] (PyTorch&#39;s Linear layout) and <code>layer&lt;i&gt;.bias</code> [out].</p><hr><h3 id="predictmodel" tabindex="-1">predictModel <a class="header-anchor" href="#predictmodel" aria-label="Permalink to &quot;predictModel&quot;">​</a></h3><blockquote><p><strong>predictModel</strong>: <code>Uint8Array</code></p></blockquote><p>Inputs params and <code>x</code>; output <code>output</code>.</p><hr><h3 id="trainmodel" tabindex="-1">trainModel <a class="header-anchor" href="#trainmodel" aria-label="Permalink to &quot;trainModel&quot;">​</a></h3><blockquote><p><strong>trainModel</strong>: <code>Uint8Array</code></p></blockquote><p>Gradient graph: inputs params, <code>x</code>, <code>y</code>; outputs <code>loss</code> and <code>grad.&lt;param&gt;</code> for every parameter.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/MlpGraphs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MlpGraphs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MlpGraphs as default
};
