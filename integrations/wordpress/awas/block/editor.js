/**
 * Block editor UI of the "Awas" block (awas/widget), without a build step: plain ES2017 on the editor's globals
 * (wp.blocks, wp.element, wp.components, wp.blockEditor, wp.serverSideRender).
 * The block is dynamic: the preview and the page come from the same PHP renderer as the [awas] shortcode.
 * window.awasBlock (printed by the plugin before this file) lists the widgets, their attributes and choices.
 */
/* global window */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! wp.blocks || ! config ) {
		return;
	}
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var components = wp.components;
	var blockEditor = wp.blockEditor;
	var ServerSideRender = wp.serverSideRender;

	// Labels in Bahasa Indonesia; the attribute name stays visible so the README reference and guides match.
	var LABELS = {
		widget: 'Widget',
		from: 'Lokasi pembaca',
		hotlines: 'Layanan yang ditampilkan (id, dipisah koma)',
		layout: 'Tata letak',
		heading: 'Judul',
		'heading-level': 'Tingkat judul',
		lang: 'Bahasa',
		theme: 'Warna',
		questions: 'Pertanyaan (id, dipisah koma)',
		mode: 'Mode',
		examples: 'Contoh (id, dipisah koma)',
		autoplay: 'Putar otomatis',
		interval: 'Jeda (detik)',
		reveal: 'Tanda bahaya',
		stats: 'Angka (id, dipisah koma)',
		animate: 'Animasi hitung naik',
		href: 'Halaman tujuan keluar (https://…)',
		position: 'Posisi',
		'show-note': 'Tampilkan catatan riwayat browser',
		'no-shortcut': 'Matikan pintasan Shift × 3',
		'content-src': 'Berkas konten sendiri (URL JSON)',
		'content-integrity': 'Hash integritas konten (sha384-…)',
		'link-target': 'Tautan dibuka di',
	};
	var WIDGET_NAMES = {
		'hotline-card': 'Nomor pengaduan (hotline-card)',
		'risk-quiz': 'Kuis tawaran kerja (risk-quiz)',
		'scam-carousel': 'Contoh penipuan (scam-carousel)',
		'stats-ticker': 'Angka resmi (stats-ticker)',
		'safe-exit': 'Tombol keluar cepat (safe-exit)',
	};
	// Attributes shown first; the rest are under "Lanjutan" (advanced).
	var MAIN = [ 'from', 'hotlines', 'layout', 'heading', 'lang', 'questions', 'mode', 'examples', 'reveal', 'stats', 'position', 'href' ];

	function label( name ) {
		return ( LABELS[ name ] || name ) + ' (' + name + ')';
	}

	function control( widget, name, spec, value, set ) {
		var choices = ( config.choices[ widget ] || {} )[ name ];
		var common = { key: name, label: label( name ), help: spec.description, __nextHasNoMarginBottom: true };
		if ( spec.type === 'boolean' ) {
			return el( components.ToggleControl, Object.assign( common, { checked: value === true, onChange: function ( v ) { set( name, v ? true : undefined ); } } ) );
		}
		if ( choices ) {
			var options = [ { label: '— bawaan —', value: '' } ].concat( choices.map( function ( c ) { return { label: c, value: c }; } ) );
			return el( components.SelectControl, Object.assign( common, { value: value || '', options: options, onChange: function ( v ) { set( name, v || undefined ); } } ) );
		}
		return el( components.TextControl, Object.assign( common, { value: value || '', onChange: function ( v ) { set( name, v === '' ? undefined : v ); } } ) );
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var widget = config.widgets[ attributes.widget ] ? attributes.widget : 'hotline-card';
		var spec = config.widgets[ widget ].attributes;
		var names = Object.keys( spec );

		function set( name, value ) {
			var change = {};
			change[ name ] = value;
			props.setAttributes( change );
		}
		function chooseWidget( next ) {
			// Clear values the new widget does not have, so the saved block only says what it uses.
			var change = { widget: next };
			Object.keys( attributes ).forEach( function ( name ) {
				if ( name !== 'widget' && name !== 'className' && ! config.widgets[ next ].attributes[ name ] ) {
					change[ name ] = undefined;
				}
			} );
			props.setAttributes( change );
		}
		var renderAttributes = { widget: widget };
		names.forEach( function ( name ) {
			if ( attributes[ name ] !== undefined ) {
				renderAttributes[ name ] = attributes[ name ];
			}
		} );
		var main = names.filter( function ( n ) { return MAIN.indexOf( n ) !== -1; } );
		var advanced = names.filter( function ( n ) { return MAIN.indexOf( n ) === -1; } );

		return el(
			Fragment,
			null,
			el(
				blockEditor.InspectorControls,
				null,
				el(
					components.PanelBody,
					{ title: 'Widget Awas', initialOpen: true },
					el( components.SelectControl, {
						label: label( 'widget' ),
						value: widget,
						options: Object.keys( config.widgets ).map( function ( w ) { return { label: WIDGET_NAMES[ w ] || w, value: w }; } ),
						onChange: chooseWidget,
						help: config.widgets[ widget ].summary,
						__nextHasNoMarginBottom: true,
					} ),
					main.map( function ( n ) { return control( widget, n, spec[ n ], attributes[ n ], set ); } )
				),
				el(
					components.PanelBody,
					{ title: 'Lanjutan', initialOpen: false },
					advanced.map( function ( n ) { return control( widget, n, spec[ n ], attributes[ n ], set ); } )
				)
			),
			el(
				'div',
				blockEditor.useBlockProps(),
				// Disabled: links and buttons in the preview do not react inside the editor.
				el( components.Disabled, null, el( ServerSideRender, { block: 'awas/widget', attributes: renderAttributes } ) )
			)
		);
	}

	wp.blocks.registerBlockType( 'awas/widget', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.awasBlock );
