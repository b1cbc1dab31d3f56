import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: torchKwargsOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/torchKwargsOf.md","filePath":"api/core/functions/torchKwargsOf.md"}');
const _sfc_main = { name: "api/core/functions/torchKwargsOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / torchKwargsOf</p><h1 id="function-torchkwargsof" tabindex="-1">Function: torchKwargsOf() <a class="header-anchor" href="#function-torchkwargsof" aria-label="Permalink to &quot;Function: torchKwargsOf()&quot;">​</a></h1><blockquote><p><strong>torchKwargsOf</strong>(<code>scheduler</code>): <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</p></blockquote><p>The PyTorch keyword arguments <code>fromTorch</code> accepts for one scheduler, with their lrkit option names.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/torchKwargsOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const torchKwargsOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  torchKwargsOf as default
};
