import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MultiStepLROptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/MultiStepLROptions.md","filePath":"api/core/interfaces/MultiStepLROptions.md"}');
const _sfc_main = { name: "api/core/interfaces/MultiStepLROptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / MultiStepLROptions</p><h1 id="interface-multisteplroptions" tabindex="-1">Interface: MultiStepLROptions <a class="header-anchor" href="#interface-multisteplroptions" aria-label="Permalink to &quot;Interface: MultiStepLROptions&quot;">​</a></h1><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./SchedulerBaseOptions"><code>SchedulerBaseOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="gamma" tabindex="-1">gamma? <a class="header-anchor" href="#gamma" aria-label="Permalink to &quot;gamma?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>gamma?</strong>: <code>number</code></p></blockquote><p>Default 0.1.</p><hr><h3 id="lastepoch" tabindex="-1">lastEpoch? <a class="header-anchor" href="#lastepoch" aria-label="Permalink to &quot;lastEpoch?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lastEpoch?</strong>: <code>number</code></p></blockquote><p>-1 for a fresh start; a step to resume from (every group must then carry <code>initialLr</code>).</p><h4 id="inherited-from" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./SchedulerBaseOptions"><code>SchedulerBaseOptions</code></a>.<a href="./SchedulerBaseOptions#lastepoch"><code>lastEpoch</code></a></p><hr><h3 id="milestones" tabindex="-1">milestones <a class="header-anchor" href="#milestones" aria-label="Permalink to &quot;milestones&quot;">​</a></h3><blockquote><p><strong>milestones</strong>: readonly <code>number</code>[]</p></blockquote><p>Steps at which the lr is multiplied by gamma; non-decreasing integers. A milestone given twice applies gamma twice.</p><hr><h3 id="verbose" tabindex="-1">verbose? <a class="header-anchor" href="#verbose" aria-label="Permalink to &quot;verbose?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>verbose?</strong>: <code>boolean</code></p></blockquote><p>Print each lr change, as PyTorch&#39;s <code>verbose=True</code>.</p><h4 id="inherited-from-1" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from-1" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./SchedulerBaseOptions"><code>SchedulerBaseOptions</code></a>.<a href="./SchedulerBaseOptions#verbose"><code>verbose</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/MultiStepLROptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MultiStepLROptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MultiStepLROptions as default
};
