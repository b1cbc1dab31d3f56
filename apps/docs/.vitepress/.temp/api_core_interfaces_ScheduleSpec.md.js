import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ScheduleSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/ScheduleSpec.md","filePath":"api/core/interfaces/ScheduleSpec.md"}');
const _sfc_main = { name: "api/core/interfaces/ScheduleSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ScheduleSpec</p><h1 id="interface-schedulespec" tabindex="-1">Interface: ScheduleSpec <a class="header-anchor" href="#interface-schedulespec" aria-label="Permalink to &quot;Interface: ScheduleSpec&quot;">​</a></h1><p>The JSON description of a closed-form schedule: <code>{ type: &#39;cosine&#39;, peakLr: 0.1, ... }</code>. Wrappers (warmup, join, restarts, noise) nest the specs of the schedules they wrap. A spec holds data only, never code; <code>scheduleFromSpec</code> rebuilds the schedule from it.</p><h2 id="indexable" tabindex="-1">Indexable <a class="header-anchor" href="#indexable" aria-label="Permalink to &quot;Indexable&quot;">​</a></h2><blockquote><p>[<code>field</code>: <code>string</code>]: <a href="./../type-aliases/JsonValue"><code>JsonValue</code></a></p></blockquote><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>type</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/ScheduleSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScheduleSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScheduleSpec as default
};
