import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParamGroupConfig","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/ParamGroupConfig.md","filePath":"api/tfjs/interfaces/ParamGroupConfig.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/ParamGroupConfig.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / ParamGroupConfig</p><h1 id="interface-paramgroupconfig" tabindex="-1">Interface: ParamGroupConfig <a class="header-anchor" href="#interface-paramgroupconfig" aria-label="Permalink to &quot;Interface: ParamGroupConfig&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="betas" tabindex="-1">betas? <a class="header-anchor" href="#betas" aria-label="Permalink to &quot;betas?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>betas?</strong>: readonly [<code>number</code>, <code>number</code>]</p></blockquote><p>Betas of an Adam or Adamax group.</p><hr><h3 id="lr" tabindex="-1">lr <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr&quot;">​</a></h3><blockquote><p><strong>lr</strong>: <code>number</code></p></blockquote><hr><h3 id="momentum" tabindex="-1">momentum? <a class="header-anchor" href="#momentum" aria-label="Permalink to &quot;momentum?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>momentum?</strong>: <code>number</code></p></blockquote><p>Momentum of a momentum or RMSProp group (written after the optimizer is built).</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>A label for logs and checkpoints; default <code>group&lt;i&gt;</code>.</p><hr><h3 id="optimizer" tabindex="-1">optimizer? <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>optimizer?</strong>: <a href="./../type-aliases/OptimizerFactory"><code>OptimizerFactory</code></a></p></blockquote><p>This group&#39;s own optimizer factory, instead of the shared one.</p><hr><h3 id="params" tabindex="-1">params? <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>params?</strong>: <a href="./../type-aliases/ParamSelector"><code>ParamSelector</code></a> | readonly <a href="./../type-aliases/ParamSelector"><code>ParamSelector</code></a>[]</p></blockquote><p>What the group trains; omit it in (at most) one group to catch every other variable.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/ParamGroupConfig.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParamGroupConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParamGroupConfig as default
};
