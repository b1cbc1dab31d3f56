import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SequentialLROptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/SequentialLROptions.md","filePath":"api/core/interfaces/SequentialLROptions.md"}');
const _sfc_main = { name: "api/core/interfaces/SequentialLROptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / SequentialLROptions</p><h1 id="interface-sequentiallroptions" tabindex="-1">Interface: SequentialLROptions <a class="header-anchor" href="#interface-sequentiallroptions" aria-label="Permalink to &quot;Interface: SequentialLROptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lastepoch" tabindex="-1">lastEpoch? <a class="header-anchor" href="#lastepoch" aria-label="Permalink to &quot;lastEpoch?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lastEpoch?</strong>: <code>number</code></p></blockquote><p>-1 for a fresh start.</p><hr><h3 id="milestones" tabindex="-1">milestones <a class="header-anchor" href="#milestones" aria-label="Permalink to &quot;milestones&quot;">​</a></h3><blockquote><p><strong>milestones</strong>: readonly <code>number</code>[]</p></blockquote><p>Steps at which the next scheduler takes over; one fewer than schedulers, increasing.</p><hr><h3 id="schedulers" tabindex="-1">schedulers <a class="header-anchor" href="#schedulers" aria-label="Permalink to &quot;schedulers&quot;">​</a></h3><blockquote><p><strong>schedulers</strong>: readonly <a href="./../classes/LRScheduler"><code>LRScheduler</code></a>[]</p></blockquote><p>The schedulers in order, all built on this optimizer.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/SequentialLROptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SequentialLROptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SequentialLROptions as default
};
