import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TrainerCheckpoint","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/interfaces/TrainerCheckpoint.md","filePath":"api/onnx-training/interfaces/TrainerCheckpoint.md"}');
const _sfc_main = { name: "api/onnx-training/interfaces/TrainerCheckpoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / TrainerCheckpoint</p><h1 id="interface-trainercheckpoint" tabindex="-1">Interface: TrainerCheckpoint <a class="header-anchor" href="#interface-trainercheckpoint" aria-label="Permalink to &quot;Interface: TrainerCheckpoint&quot;">​</a></h1><p>Everything needed to resume bit-identically, as plain JSON: parameters and optimizer state (float32 bytes in base64), the hooks&#39; state (the SchedulerRunner with its schedulers) and the trainer&#39;s position.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="format" tabindex="-1">format <a class="header-anchor" href="#format" aria-label="Permalink to &quot;format&quot;">​</a></h3><blockquote><p><strong>format</strong>: <code>&quot;lrkit-onnx-training-checkpoint&quot;</code></p></blockquote><hr><h3 id="hooks" tabindex="-1">hooks <a class="header-anchor" href="#hooks" aria-label="Permalink to &quot;hooks&quot;">​</a></h3><blockquote><p><strong>hooks</strong>: <code>unknown</code></p></blockquote><hr><h3 id="metadata" tabindex="-1">metadata? <a class="header-anchor" href="#metadata" aria-label="Permalink to &quot;metadata?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>metadata?</strong>: <code>JsonValue</code></p></blockquote><p>Anything the caller wants to keep with it (data-loader position, config).</p><hr><h3 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h3><blockquote><p><strong>optimizer</strong>: <a href="./OnnxOptimizerState"><code>OnnxOptimizerState</code></a></p></blockquote><hr><h3 id="params" tabindex="-1">params <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params&quot;">​</a></h3><blockquote><p><strong>params</strong>: <code>Record</code>&lt;<code>string</code>, <a href="./EncodedTensor"><code>EncodedTensor</code></a>&gt;</p></blockquote><hr><h3 id="progress" tabindex="-1">progress <a class="header-anchor" href="#progress" aria-label="Permalink to &quot;progress&quot;">​</a></h3><blockquote><p><strong>progress</strong>: <a href="./TrainerProgress"><code>TrainerProgress</code></a></p></blockquote><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/interfaces/TrainerCheckpoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TrainerCheckpoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TrainerCheckpoint as default
};
