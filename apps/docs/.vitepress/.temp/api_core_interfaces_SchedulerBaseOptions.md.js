import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SchedulerBaseOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/SchedulerBaseOptions.md","filePath":"api/core/interfaces/SchedulerBaseOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/SchedulerBaseOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / SchedulerBaseOptions</p><h1 id="interface-schedulerbaseoptions" tabindex="-1">Interface: SchedulerBaseOptions <a class="header-anchor" href="#interface-schedulerbaseoptions" aria-label="Permalink to &quot;Interface: SchedulerBaseOptions&quot;">​</a></h1><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./ConstantLROptions"><code>ConstantLROptions</code></a></li><li><a href="./CosineAnnealingLROptions"><code>CosineAnnealingLROptions</code></a></li><li><a href="./CosineAnnealingWarmRestartsOptions"><code>CosineAnnealingWarmRestartsOptions</code></a></li><li><a href="./CosineAnnealingWarmupRestartsOptions"><code>CosineAnnealingWarmupRestartsOptions</code></a></li><li><a href="./CyclicLROptions"><code>CyclicLROptions</code></a></li><li><a href="./ExponentialLROptions"><code>ExponentialLROptions</code></a></li><li><a href="./LambdaLROptions"><code>LambdaLROptions</code></a></li><li><a href="./LinearAnnealingLROptions"><code>LinearAnnealingLROptions</code></a></li><li><a href="./LinearLROptions"><code>LinearLROptions</code></a></li><li><a href="./MultiStepLROptions"><code>MultiStepLROptions</code></a></li><li><a href="./MultiplicativeLROptions"><code>MultiplicativeLROptions</code></a></li><li><a href="./OneCycleLROptions"><code>OneCycleLROptions</code></a></li><li><a href="./PolynomialLROptions"><code>PolynomialLROptions</code></a></li><li><a href="./ScheduleLROptions"><code>ScheduleLROptions</code></a></li><li><a href="./StepLROptions"><code>StepLROptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lastepoch" tabindex="-1">lastEpoch? <a class="header-anchor" href="#lastepoch" aria-label="Permalink to &quot;lastEpoch?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lastEpoch?</strong>: <code>number</code></p></blockquote><p>-1 for a fresh start; a step to resume from (every group must then carry <code>initialLr</code>).</p><hr><h3 id="verbose" tabindex="-1">verbose? <a class="header-anchor" href="#verbose" aria-label="Permalink to &quot;verbose?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>verbose?</strong>: <code>boolean</code></p></blockquote><p>Print each lr change, as PyTorch&#39;s <code>verbose=True</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/SchedulerBaseOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SchedulerBaseOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SchedulerBaseOptions as default
};
