<?php
/**
 * One renderer for the [awas] shortcode and the awas/widget block.
 *
 * Output: a mount `<div data-awas-widget="hotline-card" data-from="kh">…fallback…</div>`. awas.js renders the widget
 * in the div's shadow root; the plain fallback inside (the hotline numbers as tel: links, or a link to check an
 * agency's licence) is what readers see while the script loads, or if it never does. The mount is used rather than
 * a bare <awas-hotline-card> because links written inside <awas-hotline-card> become the card's content (its slot),
 * which would replace the verified default entries by the fallback.
 *
 * Only widget names and attribute names from the generated allowlist (includes/widgets.php, built from
 * custom-elements.json) are printed; every value goes through esc_attr / esc_html / esc_url.
 *
 * @package Awas
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated allowlist and fallback data.
 *
 * @return array
 */
function awas_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require __DIR__ . '/widgets.php';
	}
	return $data;
}

/**
 * Longest attribute value accepted (a content-src URL or a heading fits easily).
 */
const AWAS_MAX_VALUE = 1000;

/**
 * Fallback texts, by language.
 *
 * @param string $lang 'id' or 'en'.
 * @return array
 */
function awas_strings( $lang ) {
	$strings = array(
		'id' => array(
			'hotline-card'  => 'Butuh bantuan? Hubungi layanan resmi',
			'risk-quiz'     => 'Apakah tawaran kerja ini aman?',
			'scam-carousel' => 'Contoh tawaran kerja palsu',
			'stats-ticker'  => 'Angka resmi tentang perdagangan orang dan penipuan kerja',
			'safe-exit'     => 'Keluar cepat dari halaman ini',
			'check'         => 'Sebelum menerima tawaran kerja ke luar negeri, cek izin agensinya di %1$s. Ragu? Hubungi %2$s %3$s.',
			'free'          => 'gratis',
			'unknown'       => 'Shortcode [awas]: widget "%1$s" tidak dikenal. Pilih salah satu: %2$s.',
		),
		'en' => array(
			'hotline-card'  => 'Need help? Contact an official service',
			'risk-quiz'     => 'Is this job offer safe?',
			'scam-carousel' => 'Examples of fake job offers',
			'stats-ticker'  => 'Official figures on human trafficking and job scams',
			'safe-exit'     => 'Leave this page quickly',
			'check'         => 'Before you accept a job abroad, check the agency\'s licence at %1$s. Not sure? Contact %2$s %3$s.',
			'free'          => 'free',
			'unknown'       => 'Shortcode [awas]: there is no widget "%1$s". Use one of: %2$s.',
		),
	);
	return $strings[ 'en' === $lang ? 'en' : 'id' ];
}

/**
 * The language of a widget: its lang attribute when it is id or en, else the site's language.
 *
 * @param string $requested The lang attribute ('' when not set).
 * @return string 'id' or 'en'.
 */
function awas_lang( $requested ) {
	$requested = strtolower( substr( trim( (string) $requested ), 0, 2 ) );
	if ( 'id' === $requested || 'en' === $requested ) {
		return $requested;
	}
	return 0 === strpos( strtolower( (string) get_bloginfo( 'language' ) ), 'en' ) ? 'en' : 'id';
}

/**
 * Value of a boolean attribute: present, "1", "true", "yes", "ya" are on; "0", "false", "no", "off", "tidak" are off.
 *
 * @param mixed $value Attribute value.
 * @return bool
 */
function awas_bool( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false', 'no', 'off', 'tidak' ), true );
}

/**
 * Check shortcode or block input against the allowlist.
 *
 * @param array $input Attributes: 'widget' plus widget attributes by name. Numeric keys are bare flags
 *                     ([awas widget="scam-carousel" autoplay]).
 * @return array {widget: string|null, requested: string, attributes: array<string,string|true>, ignored: string[]}
 */
function awas_normalise( $input ) {
	$data  = awas_data();
	$clean = array();
	foreach ( (array) $input as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = (string) $value;
			$value = true;
		}
		$clean[ strtolower( trim( (string) $key ) ) ] = $value;
	}
	$requested = isset( $clean['widget'] ) && is_scalar( $clean['widget'] ) ? strtolower( trim( (string) $clean['widget'] ) ) : 'hotline-card';
	unset( $clean['widget'] );
	$result = array(
		'widget'     => null,
		'requested'  => $requested,
		'attributes' => array(),
		'ignored'    => array(),
	);
	if ( ! isset( $data['widgets'][ $requested ] ) ) {
		return $result;
	}
	$result['widget'] = $requested;
	$allowed          = $data['widgets'][ $requested ]['attributes'];
	foreach ( $clean as $name => $value ) {
		if ( ! isset( $allowed[ $name ] ) || is_array( $value ) || is_object( $value ) ) {
			$result['ignored'][] = $name;
			continue;
		}
		if ( null === $value || false === $value ) {
			continue;
		}
		if ( 'boolean' === $allowed[ $name ]['type'] ) {
			if ( awas_bool( $value ) ) {
				$result['attributes'][ $name ] = true;
			}
			continue;
		}
		if ( true === $value ) {
			$result['ignored'][] = $name; // A bare word where a value is needed ([awas heading]).
			continue;
		}
		$value = trim( preg_replace( '/[\x00-\x1F\x7F]+/', ' ', wp_check_invalid_utf8( (string) $value ) ) );
		if ( '' !== $value ) {
			$result['attributes'][ $name ] = function_exists( 'mb_substr' ) ? mb_substr( $value, 0, AWAS_MAX_VALUE ) : substr( $value, 0, AWAS_MAX_VALUE );
		}
	}
	return $result;
}

/**
 * Whether this render is the block editor's preview (ServerSideRender asks the REST API).
 *
 * @return bool
 */
function awas_is_editor_preview() {
	return defined( 'REST_REQUEST' ) && REST_REQUEST;
}

/**
 * Text that is safe inside an HTML comment.
 *
 * @param string $text Text.
 * @return string
 */
function awas_comment_text( $text ) {
	return preg_replace( '/-{2,}/', '-', preg_replace( '/[^A-Za-z0-9 ,.:_"=\[\]-]/', '', (string) $text ) );
}

/**
 * Render one widget: the mount, its attributes as data-*, the fallback inside.
 *
 * @param array       $input   See awas_normalise().
 * @param string|null $wrapper Ready-escaped attributes for the mount (the block's get_block_wrapper_attributes()),
 *                             or null for the shortcode's own class.
 * @return string HTML.
 */
function awas_render( $input, $wrapper = null ) {
	$data = awas_data();
	$n    = awas_normalise( $input );

	if ( null === $n['widget'] ) {
		$message = sprintf( awas_strings( awas_lang( '' ) )['unknown'], $n['requested'], implode( ', ', array_keys( $data['widgets'] ) ) );
		$html    = '<!-- ' . awas_comment_text( $message ) . ' -->';
		if ( current_user_can( 'edit_posts' ) ) {
			$html .= '<p class="awas-notice"><strong>' . esc_html( $message ) . '</strong></p>';
		}
		return $html;
	}

	$widget     = $n['widget'];
	$attributes = $n['attributes'];
	if ( 'safe-exit' === $widget && awas_is_editor_preview() ) {
		// Typing capitals in the editor must never trigger the Shift × 3 exit.
		$attributes['no-shortcut'] = true;
	}
	wp_enqueue_script( 'awas' );

	$lang    = awas_lang( isset( $attributes['lang'] ) ? $attributes['lang'] : '' );
	$classes = 'awas-widget awas-widget--' . $widget;
	$html    = '<div ' . ( null === $wrapper ? 'class="' . esc_attr( $classes ) . '"' : $wrapper );
	$html   .= ' data-awas-widget="' . esc_attr( $widget ) . '"';
	if ( isset( $attributes['lang'] ) && strtolower( $attributes['lang'] ) === $lang ) {
		$html .= ' lang="' . esc_attr( $lang ) . '"';
	}
	foreach ( $attributes as $name => $value ) {
		// $name comes from the allowlist (kebab-case, checked at packaging time).
		$html .= ' data-' . $name . '="' . ( true === $value ? '' : esc_attr( $value ) ) . '"';
	}
	$html .= '>' . awas_fallback( $widget, $attributes, $lang ) . '</div>';

	if ( $n['ignored'] ) {
		$html .= '<!-- ' . awas_comment_text( sprintf( 'awas: <%s> has no attribute %s; ignored.', $data['widgets'][ $widget ]['tag'], implode( ', ', $n['ignored'] ) ) ) . ' -->';
	}
	return $html;
}

/**
 * The block's render callback: the same renderer as the shortcode.
 *
 * @param array $attributes Block attributes (widget + every widget attribute, see block.json).
 * @return string HTML.
 */
function awas_render_block( $attributes ) {
	$data    = awas_data();
	$widget  = isset( $attributes['widget'] ) && is_string( $attributes['widget'] ) ? $attributes['widget'] : 'hotline-card';
	$input   = array( 'widget' => $widget );
	$allowed = isset( $data['widgets'][ $widget ] ) ? $data['widgets'][ $widget ]['attributes'] : array();
	foreach ( (array) $attributes as $name => $value ) {
		// Values left from another widget type chosen earlier in the editor are not this widget's: skip them quietly.
		if ( isset( $allowed[ $name ] ) && null !== $value && false !== $value && '' !== $value ) {
			$input[ $name ] = $value;
		}
	}
	$wrapper = get_block_wrapper_attributes( array( 'class' => 'awas-widget awas-widget--' . sanitize_html_class( $widget ) ) );
	return awas_render( $input, $wrapper );
}

/**
 * One link of the fallback.
 *
 * @param array  $channel {type, href, number, free, label}.
 * @param string $lang    'id' or 'en'.
 * @return string HTML.
 */
function awas_fallback_link( $channel, $lang ) {
	$label = isset( $channel['label'][ $lang ] ) ? $channel['label'][ $lang ] . ': ' : '';
	if ( '' === $label && 'whatsapp' === $channel['type'] ) {
		$label = 'WhatsApp ';
	}
	$html = '<a href="' . esc_url( $channel['href'], array( 'tel', 'sms', 'https' ) ) . '">' . esc_html( $label . $channel['number'] ) . '</a>';
	if ( ! empty( $channel['free'] ) ) {
		$html .= ' (' . esc_html( awas_strings( $lang )['free'] ) . ')';
	}
	return $html;
}

/**
 * Short name of a hotline ("KP2MI" from "KP2MI (Kementerian …)").
 *
 * @param string $id   Hotline id.
 * @param string $lang 'id' or 'en'.
 * @return string
 */
function awas_hotline_name( $id, $lang ) {
	$names = awas_data()['hotlines']['names'];
	$name  = isset( $names[ $id ][ $lang ] ) ? $names[ $id ][ $lang ] : ( isset( $names[ $id ]['id'] ) ? $names[ $id ]['id'] : $id );
	return $name;
}

/**
 * What readers see without JavaScript.
 *
 * @param string $widget     Widget name.
 * @param array  $attributes Normalised attributes.
 * @param string $lang       'id' or 'en'.
 * @return string HTML.
 */
function awas_fallback( $widget, $attributes, $lang ) {
	$data     = awas_data();
	$strings  = awas_strings( $lang );
	$hotlines = $data['hotlines'];

	if ( 'safe-exit' === $widget ) {
		$href = isset( $attributes['href'] ) ? esc_url( $attributes['href'], array( 'https', 'http' ) ) : '';
		if ( '' === $href ) {
			$href = esc_url( $data['safe_exit_href'], array( 'https' ) );
		}
		return '<p><a href="' . $href . '" rel="noreferrer">' . esc_html( $strings['safe-exit'] ) . '</a></p>';
	}

	if ( 'hotline-card' === $widget ) {
		$from     = isset( $attributes['from'] ) ? strtolower( trim( $attributes['from'] ) ) : 'id';
		$key      = preg_match( '/^[a-z]{2}$/', $from ) ? ( isset( $hotlines['locations'][ $from ] ) ? $from : '*' ) : 'id';
		$location = $hotlines['locations'][ $key ];
		$ids      = array();
		if ( isset( $attributes['hotlines'] ) ) {
			foreach ( preg_split( '/[\s,]+/', strtolower( $attributes['hotlines'] ) ) as $id ) {
				if ( isset( $location['channels'][ $id ] ) && ! in_array( $id, $ids, true ) ) {
					$ids[] = $id;
				}
			}
		}
		if ( ! $ids ) {
			$ids = $location['default'];
		}
		$heading = isset( $attributes['heading'] ) ? $attributes['heading'] : $strings['hotline-card'];
		$html    = '<p><strong>' . esc_html( $heading ) . '</strong></p><ul>';
		foreach ( $ids as $id ) {
			$links = array();
			foreach ( $location['channels'][ $id ] as $channel ) {
				$links[] = awas_fallback_link( $channel, $lang );
			}
			$html .= '<li>' . esc_html( awas_hotline_name( $id, $lang ) ) . ': ' . implode( ' · ', $links ) . '</li>';
		}
		return $html . '</ul>';
	}

	// Quiz, carousel, figures: the title, then the two things a reader can do without the widget.
	$help  = $hotlines['help'];
	$phone = null;
	foreach ( $hotlines['locations']['id']['channels'][ $help ] as $channel ) {
		if ( 'phone' === $channel['type'] ) {
			$phone = $channel;
			break;
		}
	}
	$check = '<a href="' . esc_url( $hotlines['check_url'], array( 'https' ) ) . '">' . esc_html( untrailingslashit( preg_replace( '#^https?://#', '', $hotlines['check_url'] ) ) ) . '</a>';
	$name  = esc_html( preg_replace( '/\s*\(.*$/', '', awas_hotline_name( $help, $lang ) ) );
	$call  = $phone ? awas_fallback_link( array_merge( $phone, array( 'label' => array() ) ), $lang ) : '';
	$title = isset( $attributes['heading'] ) ? $attributes['heading'] : $strings[ $widget ];
	return '<p><strong>' . esc_html( $title ) . '</strong></p><p>' . sprintf( esc_html( $strings['check'] ), $check, $name, $call ) . '</p>';
}

/**
 * What the block editor script needs: widgets, their attributes (with the manifest's descriptions) and choices.
 *
 * @return array
 */
function awas_editor_config() {
	$data = awas_data();
	return array(
		'widgets' => $data['widgets'],
		'choices' => $data['choices'],
	);
}
