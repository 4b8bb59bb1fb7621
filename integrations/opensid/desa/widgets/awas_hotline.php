<?php defined('BASEPATH') or exit('No direct script access allowed'); ?>
<?php
/*
 * Awas: widget "Statis" OpenSID — nomor pengaduan resmi TPPO dan penipuan kerja (kartu hotline).
 *
 * Pasang (lihat integrations/opensid/PANDUAN.md):
 *   1. Unggah awas.js ke  desa/upload/awas/awas.js
 *   2. Unggah berkas ini ke  desa/widgets/awas_hotline.php
 *   3. Admin Web › Widget › Tambah: jenis "Statis", pilih berkas desa/widgets/awas_hotline.php, aktifkan.
 *
 * Ubah hanya bagian PENGATURAN di bawah. Judul widget yang Anda isi di halaman admin menjadi judul kartu.
 * Tanpa JavaScript (atau selama awas.js dimuat) pembaca tetap melihat nomor-nomor di bawah sebagai tautan telepon.
 *
 * English: an OpenSID "Statis" widget. Upload awas.js to desa/upload/awas/ and this file to desa/widgets/, then add
 * a Statis widget for it. It prints a <div data-awas-widget> mount with plain tel: links inside, and loads the
 * self-hosted awas.js from the village site itself (same origin: no third-party script, fine under script-src 'self').
 */

// ---- PENGATURAN ---------------------------------------------------------------------------------------------------
// Widget: 'hotline-card' (nomor pengaduan), 'risk-quiz' (kuis), 'scam-carousel' (contoh penipuan), 'stats-ticker' (angka).
$awas_widget = 'hotline-card';
// Atribut widget (lihat README Awas, "Attribute reference"). Contoh untuk warga yang bekerja di Kamboja: 'from' => 'kh'.
$awas_attributes = array(
    'layout'        => 'compact',
    'heading-level' => '3',
);
// Letak awas.js di situs desa (relatif terhadap folder OpenSID).
$awas_script = 'desa/upload/awas/awas.js';
// --------------------------------------------------------------------------------------------------------------------

$awas_e = function ($text) {
    return htmlspecialchars((string) $text, ENT_QUOTES, 'UTF-8');
};
if (! empty($judul_widget) && ! isset($awas_attributes['heading']) && in_array($awas_widget, array('hotline-card', 'risk-quiz'), true)) {
    $awas_attributes['heading'] = strip_tags($judul_widget);
}
// ?v= berubah setiap kali awas.js diganti, supaya browser tidak memakai salinan lama.
$awas_version = is_file(FCPATH . $awas_script) ? filemtime(FCPATH . $awas_script) : 0;
$awas_src     = (function_exists('base_url') ? base_url($awas_script) : $awas_script) . '?v=' . $awas_version;
?>
<div class="awas-opensid">
<div data-awas-widget="<?= $awas_e($awas_widget) ?>"<?php foreach ($awas_attributes as $awas_name => $awas_value): ?> data-<?= $awas_e(preg_replace('/[^a-z0-9-]/', '', $awas_name)) ?>="<?= $awas_e($awas_value) ?>"<?php endforeach ?>>
<?php if ($awas_widget === 'hotline-card'): ?>
  <p><strong><?= $awas_e(isset($awas_attributes['heading']) ? $awas_attributes['heading'] : 'Butuh bantuan? Hubungi layanan resmi') ?></strong></p>
  <ul>
    <li>KP2MI (pekerja migran): <a href="tel:08001000">0800-1000</a> (gratis) · WhatsApp <a href="https://wa.me/628118080141">0811-8080-141</a></li>
    <li>SAPA 129 (KemenPPPA): <a href="tel:129">129</a> · WhatsApp <a href="https://wa.me/628111129129">08111-129-129</a></li>
    <li>Polisi: <a href="tel:110">110</a> (gratis)</li>
    <li>Kemlu, pelindungan WNI di luar negeri: <a href="tel:+6281290070027">+62 812-9007-0027</a></li>
  </ul>
<?php else: ?>
  <p>Sebelum menerima tawaran kerja ke luar negeri, cek izin agensinya di <a href="https://siskop2mi.bp2mi.go.id/">siskop2mi.bp2mi.go.id</a>. Ragu? Hubungi KP2MI <a href="tel:08001000">0800-1000</a> (gratis).</p>
<?php endif ?>
</div>
</div>
<script src="<?= $awas_e($awas_src) ?>" defer></script>
