import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: saveCheckpoint()","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/functions/saveCheckpoint.md","filePath":"api/tfjs/functions/saveCheckpoint.md"}');
const _sfc_main = { name: "api/tfjs/functions/saveCheckpoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / saveCheckpoint</p><h1 id="function-savecheckpoint" tabindex="-1">Function: saveCheckpoint() <a class="header-anchor" href="#function-savecheckpoint" aria-label="Permalink to &quot;Function: saveCheckpoint()&quot;">​</a></h1><blockquote><p><strong>saveCheckpoint</strong>(<code>model</code>, <code>destination</code>, <code>parts?</code>): <code>Promise</code>&lt;<code>SaveResult</code>&gt;</p></blockquote><p>Saves a model with everything needed to resume its training exactly: the weights (tfjs&#39;s own format, loadable by <code>tf.loadLayersModel</code>), every optimizer slot (moments, accumulators, step counters, including Adamax&#39;s, which tfjs cannot save), each group&#39;s lr/momentum/betas and the scheduler state. The lrkit state goes into the model&#39;s user-defined metadata (<code>lrkit</code> key) and the slot values are appended to the weights as <code>optimizer</code> weights (which tfjs ignores).</p><p><code>destination</code> is any tfjs IOHandler or URL (<code>indexeddb://</code>, <code>localstorage://</code>, ...), or <a href="./memoryCheckpoint">memoryCheckpoint</a>, or <code>fileCheckpoint(dir)</code> from <code>@lrkit/tfjs/node</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>LayersModel</code></p><h3 id="destination" tabindex="-1">destination <a class="header-anchor" href="#destination" aria-label="Permalink to &quot;destination&quot;">​</a></h3><p><code>string</code> | <code>IOHandler</code></p><h3 id="parts" tabindex="-1">parts? <a class="header-anchor" href="#parts" aria-label="Permalink to &quot;parts?&quot;">​</a></h3><p><a href="./../interfaces/CheckpointParts"><code>CheckpointParts</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>SaveResult</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/saveCheckpoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const saveCheckpoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  saveCheckpoint as default
};
