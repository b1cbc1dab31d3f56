import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SgdHyperparameters","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/SgdHyperparameters.md","filePath":"api/onnx-training/interfaces/SgdHyperparameters.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/SgdHyperparameters.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / SgdHyperparameters</p><h1 id="interface-sgdhyperparameters" tabindex="-1">Interface: SgdHyperparameters <a class="header-anchor" href="#interface-sgdhyperparameters" aria-label="Permalink to &quot;Interface: SgdHyperparameters&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dampening" tabindex="-1">dampening <a class="header-anchor" href="#dampening" aria-label="Permalink to &quot;dampening&quot;">​</a></h3><blockquote><p><strong>dampening</strong>: <code>number</code></p></blockquote><hr><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>number</code></p></blockquote><p>Default 1e-3, as torch.optim.SGD.</p><hr><h3 id="maximize" tabindex="-1">maximize <a class="header-anchor" href="#maximize" aria-label="Permalink to &quot;maximize&quot;">​</a></h3><blockquote><p><strong>maximize</strong>: <code>boolean</code></p></blockquote><hr><h3 id="momentum" tabindex="-1">momentum <a class="header-anchor" href="#momentum" aria-label="Permalink to &quot;momentum&quot;">​</a></h3><blockquote><p><strong>momentum</strong>: <code>number</code></p></blockquote><p>Default 0. A scheduler may cycle it (CyclicLR, OneCycleLR).</p><hr><h3 id="nesterov" tabindex="-1">nesterov <a class="header-anchor" href="#nesterov" aria-label="Permalink to &quot;nesterov&quot;">​</a></h3><blockquote><p><strong>nesterov</strong>: <code>boolean</code></p></blockquote><hr><h3 id="weightdecay" tabindex="-1">weightDecay <a class="header-anchor" href="#weightdecay" aria-label="Permalink to &quot;weightDecay&quot;">​</a></h3><blockquote><p><strong>weightDecay</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/SgdHyperparameters.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SgdHyperparameters = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SgdHyperparameters as default
};
