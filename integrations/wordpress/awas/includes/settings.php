<?php
/**
 * The plugin's one setting: the language of widgets that do not name one (option `awas_lang`: one of the widgets'
 * languages, their default — 'id' — unless set), under Settings › Awas.
 *
 * Why not the page's <html lang>: themes declare it wrongly (OpenSID's Esensi writes lang="en" on Indonesian village
 * sites; a WordPress site left on the installer's English does the same), and the widgets would then speak English
 * to Indonesian readers. The plugin therefore always writes lang="…" on its widgets: the shortcode's or block's own
 * `lang` if given, else this setting.
 *
 * @package Awas
 */

defined( 'ABSPATH' ) || exit;

/**
 * The option's name. The languages it accepts and its default are the widgets' own (src/i18n/languages.ts, packaged
 * into includes/widgets.php: awas_data()['langs'], ['default_lang']).
 */
const AWAS_LANG_OPTION = 'awas_lang';

/**
 * Register the setting (on init, so get_option() knows its default everywhere, and options.php can save it).
 */
function awas_register_settings() {
	register_setting(
		'awas',
		AWAS_LANG_OPTION,
		array(
			'type'              => 'string',
			'default'           => awas_data()['default_lang'],
			'sanitize_callback' => 'awas_sanitize_lang',
			'show_in_rest'      => false,
		)
	);
}

/**
 * Only one of the widgets' languages is stored; anything else becomes their default.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function awas_sanitize_lang( $value ) {
	$value = is_string( $value ) ? strtolower( trim( $value ) ) : '';
	$data = awas_data();
	return in_array( $value, $data['langs'], true ) ? $value : $data['default_lang'];
}

/**
 * The site's widget language from the setting.
 *
 * @return string
 */
function awas_site_lang() {
	return awas_sanitize_lang( get_option( AWAS_LANG_OPTION, awas_data()['default_lang'] ) );
}

/**
 * The language of the plugin's admin screens (this page, the block's labels): the admin's own where the widgets speak
 * it, else English, as WordPress itself falls back to.
 *
 * @return string
 */
function awas_admin_lang() {
	$locale = function_exists( 'get_user_locale' ) ? get_user_locale() : get_locale();
	$lang   = strtolower( strtok( (string) $locale, '_-' ) );
	$data   = awas_data();
	$lang   = isset( $data['lang_aliases'][ $lang ] ) ? $data['lang_aliases'][ $lang ] : $lang;
	if ( in_array( $lang, $data['langs'], true ) ) {
		return $lang;
	}
	return in_array( 'en', $data['langs'], true ) ? 'en' : $data['default_lang'];
}

/**
 * The settings page's words, in the admin's own language where it is Indonesian, else English.
 *
 * @return array
 */
function awas_settings_strings() {
	$strings = array(
		'id' => array(
			'title'   => 'Pengaturan Awas',
			'menu'    => 'Awas',
			'label'   => 'Bahasa widget',
			'help'    => 'Dipakai oleh setiap widget Awas yang tidak menulis lang sendiri (shortcode [awas … lang="en"] atau pilihan Bahasa di blok tetap berlaku). Tidak diambil dari tema: banyak tema menulis <html lang="en"> walaupun situsnya berbahasa Indonesia.',
		),
		'en' => array(
			'title'   => 'Awas settings',
			'menu'    => 'Awas',
			'label'   => 'Widget language',
			'help'    => 'Used by every Awas widget that does not set its own lang (a shortcode\'s lang="…" or the block\'s Language choice still wins). Not taken from the theme: many themes declare <html lang="en"> on Indonesian sites.',
		),
	);
	$lang = awas_admin_lang();
	return isset( $strings[ $lang ] ) ? $strings[ $lang ] : $strings['en'];
}

/**
 * Settings › Awas, with the one field.
 */
function awas_settings_menu() {
	$s = awas_settings_strings();
	add_options_page( $s['title'], $s['menu'], 'manage_options', 'awas', 'awas_settings_page' );
}

/**
 * The field and its section (on admin_init, as the Settings API expects).
 */
function awas_settings_fields() {
	$s = awas_settings_strings();
	add_settings_section( 'awas_lang_section', '', '__return_false', 'awas' ); // one field: its label is the title
	add_settings_field( AWAS_LANG_OPTION, $s['label'], 'awas_lang_field', 'awas', 'awas_lang_section', array( 'label_for' => 'awas-lang' ) );
}

/**
 * The language dropdown.
 */
function awas_lang_field() {
	$s       = awas_settings_strings();
	$data    = awas_data();
	$current = awas_site_lang();
	echo '<select id="awas-lang" name="' . esc_attr( AWAS_LANG_OPTION ) . '" aria-describedby="awas-lang-help">';
	foreach ( $data['langs'] as $lang ) {
		// Each language named in itself (src/i18n/locales/<code>.ts: name).
		echo '<option value="' . esc_attr( $lang ) . '" lang="' . esc_attr( $lang ) . '"' . selected( $current, $lang, false ) . '>' . esc_html( $data['lang_names'][ $lang ] ) . '</option>';
	}
	echo '</select>';
	echo '<p class="description" id="awas-lang-help">' . esc_html( $s['help'] ) . '</p>';
}

/**
 * Settings › Awas.
 */
function awas_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$s = awas_settings_strings();
	echo '<div class="wrap"><h1>' . esc_html( $s['title'] ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'awas' );
	do_settings_sections( 'awas' );
	submit_button();
	echo '</form></div>';
}
