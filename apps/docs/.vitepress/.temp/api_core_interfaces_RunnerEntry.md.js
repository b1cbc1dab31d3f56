import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunnerEntry","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/RunnerEntry.md","filePath":"api/core/interfaces/RunnerEntry.md"}');
const _sfc_main = { name: "api/core/interfaces/RunnerEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / RunnerEntry</p><h1 id="interface-runnerentry" tabindex="-1">Interface: RunnerEntry <a class="header-anchor" href="#interface-runnerentry" aria-label="Permalink to &quot;Interface: RunnerEntry&quot;">​</a></h1><p>One scheduler and when to step it, as a PyTorch Lightning lr scheduler config.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="frequency" tabindex="-1">frequency? <a class="header-anchor" href="#frequency" aria-label="Permalink to &quot;frequency?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>frequency?</strong>: <code>number</code></p></blockquote><p>Step every <code>frequency</code> intervals. Default 1.</p><hr><h3 id="interval" tabindex="-1">interval? <a class="header-anchor" href="#interval" aria-label="Permalink to &quot;interval?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>interval?</strong>: <code>&quot;step&quot;</code> | <code>&quot;epoch&quot;</code></p></blockquote><p>Step after every optimizer update (&#39;step&#39;) or after every epoch (&#39;epoch&#39;, the default).</p><hr><h3 id="monitor" tabindex="-1">monitor? <a class="header-anchor" href="#monitor" aria-label="Permalink to &quot;monitor?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>monitor?</strong>: <code>string</code></p></blockquote><p>The metric key fed to a metric-driven scheduler (required for ReduceLROnPlateau).</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>The name in the history. Default <code>lr-&lt;SchedulerName&gt;</code>, suffixed <code>-1</code>, <code>-2</code> when repeated.</p><hr><h3 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h3><blockquote><p><strong>scheduler</strong>: <a href="./Scheduler"><code>Scheduler</code></a></p></blockquote><p>Any lrkit scheduler (LRScheduler, ReduceLROnPlateau, composites, ScheduleLR).</p><hr><h3 id="strict" tabindex="-1">strict? <a class="header-anchor" href="#strict" aria-label="Permalink to &quot;strict?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>strict?</strong>: <code>boolean</code></p></blockquote><p>true (default): a missing monitored metric throws; false: it warns and skips the step.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/RunnerEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunnerEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunnerEntry as default
};
