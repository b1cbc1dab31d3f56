import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildAdamGraph()","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/functions/buildAdamGraph.md","filePath":"api/onnx-training/functions/buildAdamGraph.md"}');
const _sfc_main = { name: "api/onnx-training/functions/buildAdamGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / buildAdamGraph</p><h1 id="function-buildadamgraph" tabindex="-1">Function: buildAdamGraph() <a class="header-anchor" href="#function-buildadamgraph" aria-label="Permalink to &quot;Function: buildAdamGraph()&quot;">​</a></h1><blockquote><p><strong>buildAdamGraph</strong>(<code>groups</code>, <code>options</code>): <a href="./../interfaces/StepGraph"><code>StepGraph</code></a></p></blockquote><p>One step of torch.optim.Adam (or AdamW when <code>decoupled</code>) for every parameter of every group, with the (1-based) step count as an input so the bias correction is computed in the graph: m&#39; = m + (1 − β1)(g − m), v&#39; = β2·v + (1 − β2)·g², v̂ = max(v̂, v&#39;) with AMSGrad, param&#39; = param − lr/(1 − β1^t) · m&#39; / (√v̂ / √(1 − β2^t) + eps). Adam adds weightDecay·param to the gradient; AdamW multiplies param by (1 − lr·weightDecay).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="groups" tabindex="-1">groups <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups&quot;">​</a></h3><p>readonly <a href="./../interfaces/AdamGraphGroup"><code>AdamGraphGroup</code></a>[]</p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><h4 id="decoupled" tabindex="-1">decoupled <a class="header-anchor" href="#decoupled" aria-label="Permalink to &quot;decoupled&quot;">​</a></h4><p><code>boolean</code></p><h4 id="lrsource" tabindex="-1">lrSource? <a class="header-anchor" href="#lrsource" aria-label="Permalink to &quot;lrSource?&quot;">​</a></h4><p><a href="./../type-aliases/LrSource"><code>LrSource</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/StepGraph"><code>StepGraph</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/functions/buildAdamGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildAdamGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildAdamGraph as default
};
