import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolvedRunnerEntry","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/ResolvedRunnerEntry.md","filePath":"api/core/interfaces/ResolvedRunnerEntry.md"}');
const _sfc_main = { name: "api/core/interfaces/ResolvedRunnerEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ResolvedRunnerEntry</p><h1 id="interface-resolvedrunnerentry" tabindex="-1">Interface: ResolvedRunnerEntry <a class="header-anchor" href="#interface-resolvedrunnerentry" aria-label="Permalink to &quot;Interface: ResolvedRunnerEntry&quot;">​</a></h1><p>An entry with its defaults filled in.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="frequency" tabindex="-1">frequency <a class="header-anchor" href="#frequency" aria-label="Permalink to &quot;frequency&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>frequency</strong>: <code>number</code></p></blockquote><hr><h3 id="interval" tabindex="-1">interval <a class="header-anchor" href="#interval" aria-label="Permalink to &quot;interval&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>interval</strong>: <code>&quot;step&quot;</code> | <code>&quot;epoch&quot;</code></p></blockquote><hr><h3 id="metricdriven" tabindex="-1">metricDriven <a class="header-anchor" href="#metricdriven" aria-label="Permalink to &quot;metricDriven&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>metricDriven</strong>: <code>boolean</code></p></blockquote><p>Whether the scheduler is stepped with the monitored metric.</p><hr><h3 id="monitor" tabindex="-1">monitor <a class="header-anchor" href="#monitor" aria-label="Permalink to &quot;monitor&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>monitor</strong>: <code>string</code> | <code>undefined</code></p></blockquote><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><hr><h3 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>scheduler</strong>: <a href="./Scheduler"><code>Scheduler</code></a></p></blockquote><hr><h3 id="strict" tabindex="-1">strict <a class="header-anchor" href="#strict" aria-label="Permalink to &quot;strict&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>strict</strong>: <code>boolean</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/ResolvedRunnerEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolvedRunnerEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolvedRunnerEntry as default
};
