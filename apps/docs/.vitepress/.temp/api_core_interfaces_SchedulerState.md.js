import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SchedulerState","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/SchedulerState.md","filePath":"api/core/interfaces/SchedulerState.md"}');
const _sfc_main = { name: "api/core/interfaces/SchedulerState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / SchedulerState</p><h1 id="interface-schedulerstate" tabindex="-1">Interface: SchedulerState <a class="header-anchor" href="#interface-schedulerstate" aria-label="Permalink to &quot;Interface: SchedulerState&quot;">​</a></h1><p>A scheduler&#39;s saved state: plain JSON (non-finite numbers are strings), versioned. Functions (lambdas, custom scale functions) are never part of it; their field names are listed in <code>notSerialized</code>, and the scheduler that loads the state must be built with the same functions.</p><h2 id="indexable" tabindex="-1">Indexable <a class="header-anchor" href="#indexable" aria-label="Permalink to &quot;Indexable&quot;">​</a></h2><blockquote><p>[<code>field</code>: <code>string</code>]: <a href="./../type-aliases/JsonValue"><code>JsonValue</code></a> | <code>SchedulerState</code>[] | <code>undefined</code></p></blockquote><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="notserialized" tabindex="-1">notSerialized? <a class="header-anchor" href="#notserialized" aria-label="Permalink to &quot;notSerialized?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>notSerialized?</strong>: <code>string</code>[]</p></blockquote><hr><h3 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h3><blockquote><p><strong>scheduler</strong>: <code>string</code></p></blockquote><hr><h3 id="schedulers" tabindex="-1">schedulers? <a class="header-anchor" href="#schedulers" aria-label="Permalink to &quot;schedulers?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>schedulers?</strong>: <code>SchedulerState</code>[]</p></blockquote><p>Child states of SequentialLR, ChainedScheduler and ParamwiseScheduler.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/SchedulerState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SchedulerState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SchedulerState as default
};
