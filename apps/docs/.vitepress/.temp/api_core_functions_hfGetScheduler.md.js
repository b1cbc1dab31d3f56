import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: hfGetScheduler()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/hfGetScheduler.md","filePath":"api/core/functions/hfGetScheduler.md"}');
const _sfc_main = { name: "api/core/functions/hfGetScheduler.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / hfGetScheduler</p><h1 id="function-hfgetscheduler" tabindex="-1">Function: hfGetScheduler() <a class="header-anchor" href="#function-hfgetscheduler" aria-label="Permalink to &quot;Function: hfGetScheduler()&quot;">​</a></h1><blockquote><p><strong>hfGetScheduler</strong>(<code>name</code>, <code>options?</code>): <a href="./../interfaces/Schedule"><code>Schedule</code></a></p></blockquote><p>transformers&#39; <code>get_scheduler(name, optimizer, num_warmup_steps, num_training_steps, scheduler_specific_kwargs)</code> without the optimizer: the named schedule as a multiplier. As in transformers, <code>constant</code> ignores the other arguments, and <code>constant_with_warmup</code> and <code>inverse_sqrt</code> ignore numTrainingSteps and the kwargs.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><a href="./../type-aliases/HfSchedulerName"><code>HfSchedulerName</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/HfGetSchedulerOptions"><code>HfGetSchedulerOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Schedule"><code>Schedule</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/hfGetScheduler.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const hfGetScheduler = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  hfGetScheduler as default
};
