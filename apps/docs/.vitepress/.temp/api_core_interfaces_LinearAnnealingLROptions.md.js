import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LinearAnnealingLROptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/LinearAnnealingLROptions.md","filePath":"api/core/interfaces/LinearAnnealingLROptions.md"}');
const _sfc_main = { name: "api/core/interfaces/LinearAnnealingLROptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / LinearAnnealingLROptions</p><h1 id="interface-linearannealinglroptions" tabindex="-1">Interface: LinearAnnealingLROptions <a class="header-anchor" href="#interface-linearannealinglroptions" aria-label="Permalink to &quot;Interface: LinearAnnealingLROptions&quot;">​</a></h1><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./SchedulerBaseOptions"><code>SchedulerBaseOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="annealingsteps" tabindex="-1">annealingSteps <a class="header-anchor" href="#annealingsteps" aria-label="Permalink to &quot;annealingSteps&quot;">​</a></h3><blockquote><p><strong>annealingSteps</strong>: <code>number</code></p></blockquote><p>Steps of the linear warmup to the base lr (the tutorial&#39;s num_annealing_steps).</p><hr><h3 id="lastepoch" tabindex="-1">lastEpoch? <a class="header-anchor" href="#lastepoch" aria-label="Permalink to &quot;lastEpoch?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lastEpoch?</strong>: <code>number</code></p></blockquote><p>-1 for a fresh start; a step to resume from (every group must then carry <code>initialLr</code>).</p><h4 id="inherited-from" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./SchedulerBaseOptions"><code>SchedulerBaseOptions</code></a>.<a href="./SchedulerBaseOptions#lastepoch"><code>lastEpoch</code></a></p><hr><h3 id="totalsteps" tabindex="-1">totalSteps <a class="header-anchor" href="#totalsteps" aria-label="Permalink to &quot;totalSteps&quot;">​</a></h3><blockquote><p><strong>totalSteps</strong>: <code>number</code></p></blockquote><p>Step at which the lr reaches 0 (the tutorial&#39;s num_total_steps).</p><hr><h3 id="verbose" tabindex="-1">verbose? <a class="header-anchor" href="#verbose" aria-label="Permalink to &quot;verbose?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>verbose?</strong>: <code>boolean</code></p></blockquote><p>Print each lr change, as PyTorch&#39;s <code>verbose=True</code>.</p><h4 id="inherited-from-1" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from-1" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./SchedulerBaseOptions"><code>SchedulerBaseOptions</code></a>.<a href="./SchedulerBaseOptions#verbose"><code>verbose</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/LinearAnnealingLROptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LinearAnnealingLROptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LinearAnnealingLROptions as default
};
