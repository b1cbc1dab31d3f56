import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SchedulerSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/SchedulerSpec.md","filePath":"api/core/interfaces/SchedulerSpec.md"}');
const _sfc_main = { name: "api/core/interfaces/SchedulerSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / SchedulerSpec</p><h1 id="interface-schedulerspec" tabindex="-1">Interface: SchedulerSpec <a class="header-anchor" href="#interface-schedulerspec" aria-label="Permalink to &quot;Interface: SchedulerSpec&quot;">​</a></h1><p>A scheduler spec: <code>{ version: 1, type: &#39;StepLR&#39;, stepSize: 30 }</code>. <code>version</code> is at the top only; nested specs (children of SequentialLR, ChainedScheduler, ParamwiseScheduler, or the schedules inside a closed form) omit it.</p><h2 id="indexable" tabindex="-1">Indexable <a class="header-anchor" href="#indexable" aria-label="Permalink to &quot;Indexable&quot;">​</a></h2><blockquote><p>[<code>field</code>: <code>string</code>]: <a href="./../type-aliases/JsonValue"><code>JsonValue</code></a> | <code>undefined</code></p></blockquote><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>type</strong>: <code>string</code></p></blockquote><hr><h3 id="version" tabindex="-1">version? <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>version?</strong>: <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/SchedulerSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SchedulerSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SchedulerSpec as default
};
