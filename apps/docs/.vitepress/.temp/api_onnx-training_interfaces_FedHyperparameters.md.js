import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FedHyperparameters","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/FedHyperparameters.md","filePath":"api/onnx-training/interfaces/FedHyperparameters.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/FedHyperparameters.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / FedHyperparameters</p><h1 id="interface-fedhyperparameters" tabindex="-1">Interface: FedHyperparameters <a class="header-anchor" href="#interface-fedhyperparameters" aria-label="Permalink to &quot;Interface: FedHyperparameters&quot;">​</a></h1><p>The float32 values fed to the graph at the last step, per group (what the runtime really used).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="groups" tabindex="-1">groups <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups&quot;">​</a></h3><blockquote><p><strong>groups</strong>: readonly <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>number</code>&gt;&gt;[]</p></blockquote><hr><h3 id="step" tabindex="-1">step <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step&quot;">​</a></h3><blockquote><p><strong>step</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/FedHyperparameters.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FedHyperparameters = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FedHyperparameters as default
};
