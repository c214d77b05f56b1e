import type { DeadlineKind, Locale } from '@ibusibuk/sdk';
import type { MessageKind } from './message.js';

/** What a message says, already formatted for its locale. */
export interface Facts {
  campaign: string;
  brand: string;
  /** The KOL the message is about (officer messages), or the recipient herself. */
  kolName: string;
  kolCity: string;
  note: string | null;
  /** The due date that matters next, formatted; null when none does. */
  due: string | null;
  postStart: string;
  postEnd: string;
  amount: string | null;
  reference: string | null;
  draftVersion: number;
  deadline: DeadlineKind;
  daysLeft: number;
  paid: boolean;
}

export interface Text {
  subject: string;
  happened: string;
  next: string;
}

type Kind = Exclude<MessageKind, 'webhook_endpoint_disabled' | 'sign_in_code'>;

const task: Record<Locale, Record<DeadlineKind, string>> = {
  id: {
    draft: 'mengirim draf konten',
    post: 'mengunggah konten dan mengirim tautannya',
    insight: 'mengirim data performa unggahan',
  },
  en: {
    draft: 'send your content draft',
    post: 'publish your content and send its link',
    insight: 'send your post’s performance data (insight)',
  },
};

export const TEXTS: Record<Locale, Record<Kind, (f: Facts) => Text>> = {
  id: {
    application_accepted: (f) => ({
      subject: `Selamat, Bunda terpilih untuk kampanye ${f.campaign}`,
      happened: `Kabar gembira! Bunda terpilih untuk ikut kampanye ${f.campaign} dari ${f.brand}.`,
      next: `Langkah berikutnya: baca arahan konten lalu konfirmasi bahwa Bunda sudah membacanya. Setelah itu, kirim draf pertama paling lambat ${f.due}.`,
    }),
    application_rejected: (f) => ({
      subject: `Kabar tentang pendaftaran Bunda di kampanye ${f.campaign}`,
      happened: `Terima kasih sudah mendaftar untuk kampanye ${f.campaign} dari ${f.brand}. Kali ini Bunda belum terpilih: banyak sekali ibu hebat yang mendaftar, sementara tempatnya terbatas.`,
      next: 'Jangan berkecil hati, ya. Kampanye baru dibuka setiap pekan, dan kami senang sekali kalau Bunda mendaftar lagi.',
    }),
    revision_requested: (f) => ({
      subject: `Draf Bunda untuk ${f.campaign} perlu sedikit perbaikan`,
      happened: `Tim kami sudah meninjau draf ke-${f.draftVersion} Bunda untuk kampanye ${f.campaign} dan meminta beberapa perbaikan.`,
      next: `Langkah berikutnya: perbaiki draf sesuai catatan di atas, lalu kirim ulang paling lambat ${f.due}.`,
    }),
    draft_approved: (f) => ({
      subject: `Draf Bunda untuk ${f.campaign} sudah disetujui`,
      happened: `Hore! Draf Bunda untuk kampanye ${f.campaign} sudah disetujui.`,
      next: `Langkah berikutnya: unggah kontennya antara ${f.postStart} dan ${f.postEnd}, lalu kirim tautan unggahan Bunda.`,
    }),
    insight_fix_requested: (f) => ({
      subject: `Data performa unggahan Bunda untuk ${f.campaign} perlu diperbaiki`,
      happened: `Tim kami sudah memeriksa data performa unggahan Bunda untuk kampanye ${f.campaign} dan meminta perbaikan.`,
      next: `Langkah berikutnya: perbaiki data dan tangkapan layarnya sesuai catatan di atas, lalu kirim ulang paling lambat ${f.due}.`,
    }),
    insight_approved: (f) => ({
      subject: `Data performa unggahan Bunda untuk ${f.campaign} sudah diverifikasi`,
      happened: `Data performa unggahan Bunda untuk kampanye ${f.campaign} sudah kami verifikasi. Terima kasih atas kerja keras Bunda!`,
      next: f.paid
        ? 'Langkah berikutnya: pembayaran honor Bunda sedang kami proses. Kami akan mengabari Bunda begitu dananya dikirim.'
        : 'Kerja sama Bunda di kampanye ini sudah selesai. Sampai jumpa di kampanye berikutnya!',
    }),
    payout_recorded: (f) => ({
      subject: `Honor Bunda untuk kampanye ${f.campaign} sudah dikirim`,
      happened: `Honor Bunda sebesar ${f.amount} untuk kampanye ${f.campaign} sudah kami kirim${f.reference ? ` (nomor referensi ${f.reference})` : ''}.`,
      next: 'Kampanye ini sudah selesai. Terima kasih sudah menjadi bagian dari Ibu Sibuk, dan sampai jumpa di kampanye berikutnya!',
    }),
    deadline_in_3_days: (f) => ({
      subject: `Pengingat: ${f.daysLeft} hari lagi untuk ${task.id[f.deadline]} (${f.campaign})`,
      happened: `Batas waktu ${task.id[f.deadline]} untuk kampanye ${f.campaign} tinggal ${f.daysLeft} hari lagi.`,
      next: `Langkah berikutnya: ${task.id[f.deadline]} paling lambat ${f.due}.`,
    }),
    deadline_in_1_day: (f) => ({
      subject: `Pengingat: besok batas waktu ${task.id[f.deadline]} (${f.campaign})`,
      happened: `Batas waktu ${task.id[f.deadline]} untuk kampanye ${f.campaign} tinggal 1 hari lagi.`,
      next: `Langkah berikutnya: ${task.id[f.deadline]} paling lambat ${f.due}. Kalau ada kendala, balas pesan ini dan tim kami akan membantu.`,
    }),
    deadline_overdue: (f) => ({
      subject: `Batas waktu ${task.id[f.deadline]} untuk ${f.campaign} sudah lewat`,
      happened: `Batas waktu ${task.id[f.deadline]} untuk kampanye ${f.campaign} sudah lewat pada ${f.due}.`,
      next: `Langkah berikutnya: mohon segera ${task.id[f.deadline]}. Kalau ada kendala, balas pesan ini agar tim kami bisa membantu.`,
    }),
    new_application: (f) => ({
      subject: `Pendaftar baru untuk ${f.campaign}: ${f.kolName}`,
      happened: `${f.kolName} dari ${f.kolCity} mendaftar untuk kampanye ${f.campaign}.`,
      next: `Langkah berikutnya: tinjau pendaftarannya, lalu terima atau tolak. Pendaftaran ditutup ${f.due}.`,
    }),
    draft_submitted: (f) => ({
      subject: `Draf ke-${f.draftVersion} dari ${f.kolName} untuk ${f.campaign}`,
      happened: `${f.kolName} mengirim draf ke-${f.draftVersion} untuk kampanye ${f.campaign}.`,
      next: 'Langkah berikutnya: tinjau drafnya, lalu setujui atau minta perbaikan dengan catatan yang jelas.',
    }),
    insight_submitted: (f) => ({
      subject: `Data performa unggahan dari ${f.kolName} untuk ${f.campaign}`,
      happened: `${f.kolName} mengirim data performa unggahan untuk kampanye ${f.campaign}.`,
      next: 'Langkah berikutnya: periksa angka dan tangkapan layarnya, lalu setujui atau minta perbaikan.',
    }),
  },
  en: {
    application_accepted: (f) => ({
      subject: `Congratulations, you’ve been selected for ${f.campaign}`,
      happened: `Good news! You’ve been selected for the ${f.campaign} campaign by ${f.brand}.`,
      next: `Next: read the content brief and confirm you have read it. Then send your first draft by ${f.due}.`,
    }),
    application_rejected: (f) => ({
      subject: `About your application to ${f.campaign}`,
      happened: `Thank you for applying to the ${f.campaign} campaign by ${f.brand}. This time you were not selected: a great many wonderful mothers applied, and places are limited.`,
      next: 'Please don’t be discouraged. New campaigns open every week, and we would love you to apply again.',
    }),
    revision_requested: (f) => ({
      subject: `Your draft for ${f.campaign} needs a few changes`,
      happened: `Our team has reviewed your draft ${f.draftVersion} for the ${f.campaign} campaign and asks for a few changes.`,
      next: `Next: revise your draft following the note above and send it again by ${f.due}.`,
    }),
    draft_approved: (f) => ({
      subject: `Your draft for ${f.campaign} is approved`,
      happened: `Hooray! Your draft for the ${f.campaign} campaign is approved.`,
      next: `Next: publish your content between ${f.postStart} and ${f.postEnd}, then send us the link to your post.`,
    }),
    insight_fix_requested: (f) => ({
      subject: `Your post’s performance data for ${f.campaign} needs a fix`,
      happened: `Our team has checked your post’s performance data for the ${f.campaign} campaign and asks for a fix.`,
      next: `Next: correct the numbers and screenshots following the note above and send them again by ${f.due}.`,
    }),
    insight_approved: (f) => ({
      subject: `Your post’s performance data for ${f.campaign} is verified`,
      happened: `We have verified your post’s performance data for the ${f.campaign} campaign. Thank you for your hard work!`,
      next: f.paid
        ? 'Next: we are processing your payment and will let you know as soon as it is sent.'
        : 'Your part in this campaign is complete. See you in the next one!',
    }),
    payout_recorded: (f) => ({
      subject: `Your payment for ${f.campaign} has been sent`,
      happened: `We have sent your payment of ${f.amount} for the ${f.campaign} campaign${f.reference ? ` (reference ${f.reference})` : ''}.`,
      next: 'This campaign is complete. Thank you for being part of Ibu Sibuk, and see you in the next campaign!',
    }),
    deadline_in_3_days: (f) => ({
      subject: `Reminder: ${f.daysLeft} days left to ${task.en[f.deadline]} (${f.campaign})`,
      happened: `There are ${f.daysLeft} days left to ${task.en[f.deadline]} for the ${f.campaign} campaign.`,
      next: `Next: ${task.en[f.deadline]} by ${f.due}.`,
    }),
    deadline_in_1_day: (f) => ({
      subject: `Reminder: tomorrow is the last day to ${task.en[f.deadline]} (${f.campaign})`,
      happened: `There is 1 day left to ${task.en[f.deadline]} for the ${f.campaign} campaign.`,
      next: `Next: ${task.en[f.deadline]} by ${f.due}. If something is in the way, reply to this message and our team will help.`,
    }),
    deadline_overdue: (f) => ({
      subject: `The deadline to ${task.en[f.deadline]} for ${f.campaign} has passed`,
      happened: `The deadline to ${task.en[f.deadline]} for the ${f.campaign} campaign passed on ${f.due}.`,
      next: `Next: please ${task.en[f.deadline]} as soon as you can. If something is in the way, reply to this message so our team can help.`,
    }),
    new_application: (f) => ({
      subject: `New applicant for ${f.campaign}: ${f.kolName}`,
      happened: `${f.kolName} from ${f.kolCity} applied to the ${f.campaign} campaign.`,
      next: `Next: review the application, then accept or reject it. Applications close ${f.due}.`,
    }),
    draft_submitted: (f) => ({
      subject: `Draft ${f.draftVersion} from ${f.kolName} for ${f.campaign}`,
      happened: `${f.kolName} sent draft ${f.draftVersion} for the ${f.campaign} campaign.`,
      next: 'Next: review the draft, then approve it or ask for changes with a clear note.',
    }),
    insight_submitted: (f) => ({
      subject: `Post performance data from ${f.kolName} for ${f.campaign}`,
      happened: `${f.kolName} sent the post’s performance data for the ${f.campaign} campaign.`,
      next: 'Next: check the numbers and screenshots, then approve them or ask for a fix.',
    }),
  },
};

/** The frame around every message. */
export const FRAME: Record<
  Locale,
  {
    greeting: (role: 'kol' | 'officer' | 'owner', name: string | null) => string;
    note: string;
    link: (role: 'kol' | 'officer' | 'owner') => string;
    signOff: string;
    unsubscribe: string;
  }
> = {
  id: {
    greeting: (role, name) => (role === 'kol' ? `Halo Bunda${name ? ` ${name}` : ''},` : `Halo${name ? ` ${name}` : ''},`),
    note: 'Catatan dari peninjau:',
    link: (role) => (role === 'kol' ? 'Buka halaman kampanye:' : 'Buka di sini:'),
    signOff: 'Salam hangat,\nTim Ibu Sibuk',
    unsubscribe: 'Tidak ingin menerima pesan seperti ini lagi? Berhenti berlangganan:',
  },
  en: {
    greeting: (_role, name) => `Hello${name ? ` ${name}` : ''},`,
    note: 'Note from the reviewer:',
    link: (role) => (role === 'kol' ? 'Open the campaign page:' : 'Open it here:'),
    signOff: 'Warm regards,\nThe Ibu Sibuk team',
    unsubscribe: 'Don’t want messages like this? Unsubscribe:',
  },
};
