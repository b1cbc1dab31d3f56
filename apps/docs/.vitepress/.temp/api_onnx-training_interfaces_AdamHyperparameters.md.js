import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AdamHyperparameters","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/AdamHyperparameters.md","filePath":"api/onnx-training/interfaces/AdamHyperparameters.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/AdamHyperparameters.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / AdamHyperparameters</p><h1 id="interface-adamhyperparameters" tabindex="-1">Interface: AdamHyperparameters <a class="header-anchor" href="#interface-adamhyperparameters" aria-label="Permalink to &quot;Interface: AdamHyperparameters&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="amsgrad" tabindex="-1">amsgrad <a class="header-anchor" href="#amsgrad" aria-label="Permalink to &quot;amsgrad&quot;">​</a></h3><blockquote><p><strong>amsgrad</strong>: <code>boolean</code></p></blockquote><p>Default false; fixed at construction (it decides which state tensors exist).</p><hr><h3 id="betas" tabindex="-1">betas <a class="header-anchor" href="#betas" aria-label="Permalink to &quot;betas&quot;">​</a></h3><blockquote><p><strong>betas</strong>: readonly [<code>number</code>, <code>number</code>]</p></blockquote><p>Default [0.9, 0.999]. Momentum-cycling schedulers replace the array with a new [beta1, beta2].</p><hr><h3 id="eps" tabindex="-1">eps <a class="header-anchor" href="#eps" aria-label="Permalink to &quot;eps&quot;">​</a></h3><blockquote><p><strong>eps</strong>: <code>number</code></p></blockquote><p>Default 1e-8.</p><hr><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>number</code></p></blockquote><p>Default 1e-3.</p><hr><h3 id="maximize" tabindex="-1">maximize <a class="header-anchor" href="#maximize" aria-label="Permalink to &quot;maximize&quot;">​</a></h3><blockquote><p><strong>maximize</strong>: <code>boolean</code></p></blockquote><hr><h3 id="weightdecay" tabindex="-1">weightDecay <a class="header-anchor" href="#weightdecay" aria-label="Permalink to &quot;weightDecay&quot;">​</a></h3><blockquote><p><strong>weightDecay</strong>: <code>number</code></p></blockquote><p>Default 0 for Adam (added to the gradient), 1e-2 for AdamW (decoupled).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/AdamHyperparameters.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AdamHyperparameters = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AdamHyperparameters as default
};
