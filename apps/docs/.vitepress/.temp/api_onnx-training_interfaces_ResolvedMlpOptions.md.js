import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolvedMlpOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/ResolvedMlpOptions.md","filePath":"api/onnx-training/interfaces/ResolvedMlpOptions.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/ResolvedMlpOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / ResolvedMlpOptions</p><h1 id="interface-resolvedmlpoptions" tabindex="-1">Interface: ResolvedMlpOptions <a class="header-anchor" href="#interface-resolvedmlpoptions" aria-label="Permalink to &quot;Interface: ResolvedMlpOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="activations" tabindex="-1">activations <a class="header-anchor" href="#activations" aria-label="Permalink to &quot;activations&quot;">​</a></h3><blockquote><p><strong>activations</strong>: readonly <a href="./../type-aliases/Activation"><code>Activation</code></a>[]</p></blockquote><hr><h3 id="hiddensizes" tabindex="-1">hiddenSizes <a class="header-anchor" href="#hiddensizes" aria-label="Permalink to &quot;hiddenSizes&quot;">​</a></h3><blockquote><p><strong>hiddenSizes</strong>: readonly <code>number</code>[]</p></blockquote><hr><h3 id="inputsize" tabindex="-1">inputSize <a class="header-anchor" href="#inputsize" aria-label="Permalink to &quot;inputSize&quot;">​</a></h3><blockquote><p><strong>inputSize</strong>: <code>number</code></p></blockquote><hr><h3 id="labels" tabindex="-1">labels <a class="header-anchor" href="#labels" aria-label="Permalink to &quot;labels&quot;">​</a></h3><blockquote><p><strong>labels</strong>: <code>&quot;indices&quot;</code> | <code>&quot;probabilities&quot;</code></p></blockquote><hr><h3 id="loss" tabindex="-1">loss <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss&quot;">​</a></h3><blockquote><p><strong>loss</strong>: <a href="./../type-aliases/MlpLoss"><code>MlpLoss</code></a></p></blockquote><hr><h3 id="outputsize" tabindex="-1">outputSize <a class="header-anchor" href="#outputsize" aria-label="Permalink to &quot;outputSize&quot;">​</a></h3><blockquote><p><strong>outputSize</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/ResolvedMlpOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolvedMlpOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolvedMlpOptions as default
};
