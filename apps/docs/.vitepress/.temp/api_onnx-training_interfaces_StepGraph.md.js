import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StepGraph","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/StepGraph.md","filePath":"api/onnx-training/interfaces/StepGraph.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/StepGraph.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / StepGraph</p><h1 id="interface-stepgraph" tabindex="-1">Interface: StepGraph <a class="header-anchor" href="#interface-stepgraph" aria-label="Permalink to &quot;Interface: StepGraph&quot;">​</a></h1><p>A serialized optimizer-step graph and what it reads and writes.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="inputnames" tabindex="-1">inputNames <a class="header-anchor" href="#inputnames" aria-label="Permalink to &quot;inputNames&quot;">​</a></h3><blockquote><p><strong>inputNames</strong>: readonly <code>string</code>[]</p></blockquote><hr><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><blockquote><p><strong>model</strong>: <code>Uint8Array</code></p></blockquote><hr><h3 id="outputnames" tabindex="-1">outputNames <a class="header-anchor" href="#outputnames" aria-label="Permalink to &quot;outputNames&quot;">​</a></h3><blockquote><p><strong>outputNames</strong>: readonly <code>string</code>[]</p></blockquote><hr><h3 id="statekeys" tabindex="-1">stateKeys <a class="header-anchor" href="#statekeys" aria-label="Permalink to &quot;stateKeys&quot;">​</a></h3><blockquote><p><strong>stateKeys</strong>: readonly (readonly <code>string</code>[])[]</p></blockquote><p>State tensors kept per parameter, by key (<code>momentum_buffer</code>, <code>exp_avg</code>, ...), in input order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/StepGraph.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StepGraph = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StepGraph as default
};
