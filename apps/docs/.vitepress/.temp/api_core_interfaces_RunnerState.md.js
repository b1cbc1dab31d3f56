import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunnerState","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/RunnerState.md","filePath":"api/core/interfaces/RunnerState.md"}');
const _sfc_main = { name: "api/core/interfaces/RunnerState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / RunnerState</p><h1 id="interface-runnerstate" tabindex="-1">Interface: RunnerState <a class="header-anchor" href="#interface-runnerstate" aria-label="Permalink to &quot;Interface: RunnerState&quot;">​</a></h1><p><code>SchedulerRunner.stateDict()</code>: plain JSON.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="batchinepoch" tabindex="-1">batchInEpoch <a class="header-anchor" href="#batchinepoch" aria-label="Permalink to &quot;batchInEpoch&quot;">​</a></h3><blockquote><p><strong>batchInEpoch</strong>: <code>number</code></p></blockquote><p>Updates since the last epoch end; step-interval frequencies count these, as in Lightning.</p><hr><h3 id="entries" tabindex="-1">entries <a class="header-anchor" href="#entries" aria-label="Permalink to &quot;entries&quot;">​</a></h3><blockquote><p><strong>entries</strong>: <code>object</code>[]</p></blockquote><h4 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h4><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><h4 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h4><blockquote><p><strong>scheduler</strong>: <a href="./SchedulerState"><code>SchedulerState</code></a></p></blockquote><hr><h3 id="epoch" tabindex="-1">epoch <a class="header-anchor" href="#epoch" aria-label="Permalink to &quot;epoch&quot;">​</a></h3><blockquote><p><strong>epoch</strong>: <code>number</code></p></blockquote><hr><h3 id="globalstep" tabindex="-1">globalStep <a class="header-anchor" href="#globalstep" aria-label="Permalink to &quot;globalStep&quot;">​</a></h3><blockquote><p><strong>globalStep</strong>: <code>number</code></p></blockquote><hr><h3 id="runner" tabindex="-1">runner <a class="header-anchor" href="#runner" aria-label="Permalink to &quot;runner&quot;">​</a></h3><blockquote><p><strong>runner</strong>: <code>&quot;SchedulerRunner&quot;</code></p></blockquote><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/RunnerState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunnerState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunnerState as default
};
