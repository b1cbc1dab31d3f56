import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: HfSchedulerName","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/HfSchedulerName.md","filePath":"api/core/type-aliases/HfSchedulerName.md"}');
const _sfc_main = { name: "api/core/type-aliases/HfSchedulerName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfSchedulerName</p><h1 id="type-alias-hfschedulername" tabindex="-1">Type Alias: HfSchedulerName <a class="header-anchor" href="#type-alias-hfschedulername" aria-label="Permalink to &quot;Type Alias: HfSchedulerName&quot;">​</a></h1><blockquote><p><strong>HfSchedulerName</strong> = <code>&quot;linear&quot;</code> | <code>&quot;cosine&quot;</code> | <code>&quot;cosine_with_restarts&quot;</code> | <code>&quot;polynomial&quot;</code> | <code>&quot;constant&quot;</code> | <code>&quot;constant_with_warmup&quot;</code> | <code>&quot;inverse_sqrt&quot;</code> | <code>&quot;cosine_with_min_lr&quot;</code> | <code>&quot;cosine_warmup_with_min_lr&quot;</code> | <code>&quot;warmup_stable_decay&quot;</code></p></blockquote><p>transformers&#39; <code>SchedulerType</code> names that have a closed form (all but reduce_lr_on_plateau).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/HfSchedulerName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfSchedulerName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfSchedulerName as default
};
