<?php
/**
 * Deleting the plugin removes its one option (the widget language); on multisite, on every site of the network.
 *
 * @package Awas
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $awas_site ) {
		switch_to_blog( $awas_site );
		delete_option( 'awas_lang' );
		restore_current_blog();
	}
} else {
	delete_option( 'awas_lang' );
}
