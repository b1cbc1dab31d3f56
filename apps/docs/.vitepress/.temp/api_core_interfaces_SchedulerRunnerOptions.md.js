import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SchedulerRunnerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/SchedulerRunnerOptions.md","filePath":"api/core/interfaces/SchedulerRunnerOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/SchedulerRunnerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / SchedulerRunnerOptions</p><h1 id="interface-schedulerrunneroptions" tabindex="-1">Interface: SchedulerRunnerOptions <a class="header-anchor" href="#interface-schedulerrunneroptions" aria-label="Permalink to &quot;Interface: SchedulerRunnerOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="history" tabindex="-1">history? <a class="header-anchor" href="#history" aria-label="Permalink to &quot;history?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>history?</strong>: <a href="./../classes/LrHistory"><code>LrHistory</code></a></p></blockquote><p>The history to record into (e.g. one shared by several runners). Default a new LrHistory.</p><hr><h3 id="onwarning" tabindex="-1">onWarning? <a class="header-anchor" href="#onwarning" aria-label="Permalink to &quot;onWarning?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>onWarning?</strong>: (<code>message</code>) =&gt; <code>void</code></p></blockquote><p>Receives the warnings of non-strict entries whose metric is missing. Default console.warn.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h5><p><code>string</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/SchedulerRunnerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SchedulerRunnerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SchedulerRunnerOptions as default
};
