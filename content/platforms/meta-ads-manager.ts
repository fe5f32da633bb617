// Meta Ads Manager on adsmanager.facebook.com: campaigns, ad sets and ads under
// /adsmanager/manage/..., reports under /adsmanager/reporting/..., audiences under
// /adsmanager/audiences. The ad account is in the `act` query parameter.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const metaAdsManager: Platform = {
  id: 'meta-ads-manager',
  name: { en: 'Meta Ads Manager', id: 'Meta Ads Manager' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://adsmanager.facebook.com/adsmanager/reporting/manage',
  hosts: [...platformHosts['meta-ads-manager']],
  surfaces: [
    {
      id: 'reporting',
      kind: 'analytics',
      name: { en: 'Ads reporting', id: 'Laporan iklan' },
      summary: {
        en: 'Custom reports on paid campaigns: spend, results and costs, broken down the way the team chose.',
        id: 'Laporan khusus kampanye berbayar: biaya, hasil, dan ongkos per hasil, dipecah sesuai pilihan tim.',
      },
      rules: [{ path: /^\/adsmanager\/reporting(?:\/|$)/ }],
      examples: [
        'https://adsmanager.facebook.com/adsmanager/reporting/view?act=1234567890&business_id=9876543210',
        'https://adsmanager.facebook.com/adsmanager/reporting/manage?act=1234567890',
        'https://adsmanager.facebook.com/adsmanager/reporting/business_view?act=1234567890',
      ],
    },
    {
      id: 'audiences',
      kind: 'ads',
      name: { en: 'Audiences', id: 'Audiens' },
      summary: {
        en: 'Saved and custom audiences, and lookalikes (new people similar to existing customers), that paid campaigns can target.',
        id: 'Audiens tersimpan dan custom, serta lookalike (orang baru yang mirip pelanggan yang sudah ada), yang bisa dituju kampanye berbayar.',
      },
      rules: [{ path: /^\/adsmanager\/audiences(?:\/|$)/ }],
      examples: [
        'https://adsmanager.facebook.com/adsmanager/audiences?act=1234567890',
        'https://adsmanager.facebook.com/adsmanager/audiences?act=1234567890&business_id=9876543210',
      ],
    },
    {
      id: 'campaigns',
      kind: 'ads',
      name: { en: 'Campaigns, ad sets and ads', id: 'Kampanye, set iklan, dan iklan' },
      summary: {
        en: 'The table of paid campaigns, ad sets and ads: what is running, what it costs and what it brings.',
        id: 'Tabel kampanye, set iklan, dan iklan berbayar: apa yang sedang jalan, biayanya, dan hasilnya.',
      },
      rules: [{ path: /^\/adsmanager(?:\/manage(?:\/|$)|\/?$)/ }],
      examples: [
        'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1234567890',
        'https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1234567890&selected_campaign_ids=1122334455',
        'https://adsmanager.facebook.com/adsmanager/manage/ads?act=1234567890',
        'https://adsmanager.facebook.com/adsmanager/?act=1234567890',
      ],
    },
  ],
};
