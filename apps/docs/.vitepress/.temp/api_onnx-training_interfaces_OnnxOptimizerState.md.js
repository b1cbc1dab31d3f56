import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OnnxOptimizerState","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/OnnxOptimizerState.md","filePath":"api/onnx-training/interfaces/OnnxOptimizerState.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/OnnxOptimizerState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / OnnxOptimizerState</p><h1 id="interface-onnxoptimizerstate" tabindex="-1">Interface: OnnxOptimizerState <a class="header-anchor" href="#interface-onnxoptimizerstate" aria-label="Permalink to &quot;Interface: OnnxOptimizerState&quot;">​</a></h1><p>A plain-JSON optimizer state (no parameters: those are saved by the checkpoint beside it).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="extra" tabindex="-1">extra <a class="header-anchor" href="#extra" aria-label="Permalink to &quot;extra&quot;">​</a></h3><blockquote><p><strong>extra</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><hr><h3 id="groups" tabindex="-1">groups <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups&quot;">​</a></h3><blockquote><p><strong>groups</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;[]</p></blockquote><hr><h3 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h3><blockquote><p><strong>optimizer</strong>: <code>string</code></p></blockquote><hr><h3 id="state" tabindex="-1">state <a class="header-anchor" href="#state" aria-label="Permalink to &quot;state&quot;">​</a></h3><blockquote><p><strong>state</strong>: <code>Record</code>&lt;<code>string</code>, <code>Record</code>&lt;<code>string</code>, <a href="./EncodedTensor"><code>EncodedTensor</code></a>&gt;&gt;</p></blockquote><hr><h3 id="step" tabindex="-1">step <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step&quot;">​</a></h3><blockquote><p><strong>step</strong>: <code>number</code></p></blockquote><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/OnnxOptimizerState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OnnxOptimizerState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OnnxOptimizerState as default
};
