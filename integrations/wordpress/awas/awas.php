<?php
/**
 * Plugin Name:       Awas — widget anti-TPPO dan penipuan kerja
 * Description:       Nomor pengaduan resmi, kuis "Apakah tawaran kerja ini aman?", contoh tawaran kerja palsu, angka resmi dan tombol keluar cepat. Pasang dengan shortcode [awas widget="hotline-card"] atau blok "Awas". Skripnya (awas.js) dimuat dari situs Anda sendiri, hanya di halaman yang memakai widget.
 * Version:           0.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       awas
 *
 * Safe on multisite: it stores one option per site (awas_lang, the widget language; deleted on uninstall) and no
 * tables or files, so it can be activated per site or for the whole network; every URL it prints comes from the
 * current site (plugins_url), so awas.js always loads from the page's own origin and a `script-src 'self'`
 * Content-Security-Policy passes.
 *
 * @package Awas
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'awas_register_settings' );
add_action( 'init', 'awas_init' );
add_action( 'admin_menu', 'awas_settings_menu' );
add_action( 'admin_init', 'awas_settings_fields' );
add_action( 'wp_enqueue_scripts', 'awas_enqueue_early' );
add_action( 'enqueue_block_assets', 'awas_enqueue_editor_preview' );
add_filter( 'the_content', 'awas_enqueue_for_mounts', 20 );
add_filter( 'widget_text_content', 'awas_enqueue_for_mounts', 20 );
add_filter( 'widget_custom_html_content', 'awas_enqueue_for_mounts', 20 );
add_filter( 'widget_block_content', 'awas_enqueue_for_mounts', 20 );

/**
 * Register the script, the shortcode and the block.
 */
function awas_init() {
	$data = awas_data();

	// awas.js from this plugin's folder on this site, only on pages that show a widget, deferred: every mount already
	// holds its widget's readable copy (numbers callable at once), so the script must not hold the first paint on a
	// slow connection, and it upgrades each copy in place. WordPress before 6.3 reads the array as "in the footer",
	// which is just as good.
	wp_register_script( 'awas', plugins_url( 'assets/awas.js', __FILE__ ), array(), $data['asset_version'], array( 'strategy' => 'defer' ) );
	// The widgets' readable copies (printed inside each mount) styled like the widgets themselves, so the page does
	// not move when awas.js replaces them. Enqueued with the script, only where a widget is.
	wp_register_style( 'awas-pre', plugins_url( 'assets/awas-pre.css', __FILE__ ), array(), $data['style_version'] );

	wp_register_script(
		'awas-block-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		$data['asset_version'],
		true
	);
	wp_add_inline_script( 'awas-block-editor', 'window.awasBlock = ' . wp_json_encode( awas_editor_config() ) . ';', 'before' );

	add_shortcode( 'awas', 'awas_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'awas_render_block' ) );
}

/**
 * A single post or page whose content holds the shortcode, the block or a pasted mount: the copies' stylesheet goes
 * in the <head> (and the deferred awas.js with it), so a copy is styled from the first paint.
 */
function awas_enqueue_early() {
	$post = is_singular() ? get_queried_object() : null;
	if ( ! $post instanceof WP_Post ) {
		return;
	}
	$content = (string) $post->post_content;
	if ( has_shortcode( $content, 'awas' ) || has_block( 'awas/widget', $post ) || false !== strpos( $content, 'data-awas-widget' ) ) {
		awas_enqueue_assets();
	}
}

/**
 * awas.js and the copies' stylesheet. Called before wp_head (a post's own content) they go in the <head>; later (a
 * sidebar, a list of posts) WordPress prints them in the footer.
 */
function awas_enqueue_assets() {
	wp_enqueue_script( 'awas' );
	wp_enqueue_style( 'awas-pre' );
}

/**
 * In the block editor, load awas.js and the copies' stylesheet too, so the block's preview shows the real widget.
 * (enqueue_block_assets also runs on the front end, where they are only enqueued by a rendered widget.)
 */
function awas_enqueue_editor_preview() {
	if ( is_admin() ) {
		awas_enqueue_assets();
	}
}

/**
 * Content that already holds a `<div data-awas-widget="…">` mount (pasted from a snippet: kses keeps it for every
 * role) gets awas.js and the copies' stylesheet too. The content is returned unchanged.
 *
 * @param string $content Rendered post or widget content.
 * @return string
 */
function awas_enqueue_for_mounts( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, 'data-awas-widget' ) ) {
		awas_enqueue_assets();
	}
	return $content;
}

/**
 * The [awas] shortcode: [awas widget="hotline-card" from="kh" lang="en" hotlines="kp2mi,sapa129" layout="compact"].
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function awas_shortcode( $atts ) {
	return awas_render( is_array( $atts ) ? $atts : array() );
}
