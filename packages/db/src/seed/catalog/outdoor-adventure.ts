import { opt, unisexSizes, type CatalogSpec } from './types';

const colours = (...values: string[]) => opt('Colour', ...values);
const sizes = opt('Size', ...unisexSizes);

/** Outdoor Adventure: camping, hiking and climbing gear, priced in EUR. */
export const outdoorAdventureCatalog: CatalogSpec = {
  skuPrefix: 'OA',
  vendor: 'Outdoor Adventure',
  categories: [
    {
      slug: 'camping',
      name: 'Camping',
      description: 'Shelter, sleep and cooking for nights under the stars.',
      children: [
        { slug: 'tents', name: 'Tents & Shelters' },
        { slug: 'sleeping', name: 'Sleeping Bags & Mats' },
        { slug: 'camp-kitchen', name: 'Camp Kitchen' },
      ],
    },
    {
      slug: 'hiking',
      name: 'Hiking',
      description: 'Packs, boots and navigation for day hikes and long trails.',
      children: [
        { slug: 'backpacks', name: 'Backpacks' },
        { slug: 'footwear', name: 'Footwear' },
        { slug: 'trekking-gear', name: 'Poles & Navigation' },
      ],
    },
    {
      slug: 'clothing',
      name: 'Clothing',
      description: 'Layers that keep you dry, warm and moving.',
      children: [
        {
          slug: 'jackets',
          name: 'Jackets',
          children: [
            { slug: 'rain-jackets', name: 'Rainwear' },
            { slug: 'insulated-jackets', name: 'Insulation' },
          ],
        },
        { slug: 'base-layers', name: 'Base & Mid Layers' },
      ],
    },
    {
      slug: 'climbing',
      name: 'Climbing',
      children: [
        { slug: 'harnesses', name: 'Harnesses' },
        { slug: 'ropes', name: 'Ropes & Bags' },
        { slug: 'hardware', name: 'Hardware' },
      ],
    },
    {
      slug: 'essentials',
      name: 'Trail Essentials',
      children: [
        { slug: 'lighting', name: 'Headlamps & Lanterns' },
        { slug: 'hydration', name: 'Hydration' },
      ],
    },
  ],
  products: [
    {
      title: 'Summit 2-Person Backpacking Tent',
      code: 'TENT2',
      category: 'tents',
      price: 34900,
      cost: 15500,
      weightGrams: 1900,
      description:
        'A freestanding two-person tent that pitches in three minutes and weighs under two kilos. Two doors and two vestibules mean nobody climbs over anybody at 3 a.m.',
      options: [colours('Forest Green', 'Sand')],
      tags: ['bestseller'],
    },
    {
      title: 'Basecamp 4-Person Dome Tent',
      code: 'TENT4',
      category: 'tents',
      price: 44900,
      cost: 19800,
      compareAt: 52900,
      weightGrams: 5400,
      description:
        'Room to stand, sit and store gear for the whole family. The 3,000 mm flysheet and colour-coded poles make storms and setup equally painless.',
      tags: ['sale', 'family'],
    },
    {
      title: 'Ultralight Bivy Shelter',
      code: 'BIVY',
      category: 'tents',
      price: 18900,
      cost: 7900,
      weightGrams: 480,
      description:
        'A waterproof, breathable bivy for fast-and-light missions. A single hoop keeps the mesh off your face.',
    },
    {
      title: 'Trailhead Tarp 3 x 3 m',
      code: 'TARP',
      category: 'tents',
      price: 6900,
      cost: 2400,
      weightGrams: 650,
      description:
        'A ripstop tarp with 16 reinforced tie-outs for endless pitching options. Shade for the beach, shelter for the kitchen.',
      options: [colours('Olive', 'Coyote')],
    },
    {
      title: 'Alpine Down Sleeping Bag -10 °C',
      code: 'DOWNBAG',
      category: 'sleeping',
      price: 29900,
      cost: 12500,
      weightGrams: 1250,
      description:
        'Responsibly sourced 800-fill down in a mummy cut for shoulder-season nights. A draft collar and a water-resistant shell keep the warmth in.',
      options: [opt('Length', 'Regular', ['Long', 2000])],
      tags: ['premium'],
    },
    {
      title: 'Three-Season Synthetic Sleeping Bag',
      code: 'SYNBAG',
      category: 'sleeping',
      price: 11900,
      cost: 4800,
      compareAt: 13900,
      weightGrams: 1600,
      description:
        'Synthetic insulation that stays warm even when damp. Packs into its own compression sack for the trunk or the trail.',
      tags: ['sale'],
    },
    {
      title: 'Self-Inflating Sleeping Mat',
      code: 'MAT',
      category: 'sleeping',
      price: 7900,
      cost: 3000,
      weightGrams: 900,
      description:
        'Open the valve and the foam core inflates itself. 5 cm thick with an R-value of 4 for cold ground.',
      options: [opt('Size', 'Regular', ['Wide', 1500])],
    },
    {
      title: 'Inflatable Camp Pillow',
      code: 'PILLOW',
      category: 'sleeping',
      price: 2499,
      cost: 700,
      weightGrams: 85,
      description:
        'A brushed-fabric pillow that inflates in three breaths and packs down to the size of an apple. Contoured for side sleepers.',
    },
    {
      title: 'Titanium Cook Pot 900 ml',
      code: 'TIPOT',
      category: 'camp-kitchen',
      price: 4999,
      cost: 1900,
      weightGrams: 120,
      description:
        'A feather-light titanium pot that nests a gas canister and a small stove. Folding handles and a vented lid with a strainer.',
    },
    {
      title: 'Compact Gas Stove',
      code: 'STOVE',
      category: 'camp-kitchen',
      price: 5900,
      cost: 2100,
      weightGrams: 85,
      description:
        'Boils a litre of water in about three and a half minutes. The piezo igniter works reliably at altitude.',
      tags: ['bestseller'],
    },
    {
      title: 'Collapsible Bowl & Cup Set',
      code: 'BOWLSET',
      category: 'camp-kitchen',
      price: 2499,
      cost: 700,
      weightGrams: 200,
      description:
        'Food-grade silicone bowls and cups that fold flat to two centimetres. Heat-resistant and dishwasher safe.',
    },
    {
      title: 'Camp Coffee Press',
      code: 'PRESS',
      category: 'camp-kitchen',
      price: 3499,
      cost: 1200,
      weightGrams: 310,
      description:
        'A double-walled press that brews proper coffee at camp and keeps it hot for an hour. Unbreakable stainless steel.',
    },
    {
      title: 'Trailblazer 45 L Backpack',
      code: 'PACK45',
      category: 'backpacks',
      price: 15900,
      cost: 6500,
      weightGrams: 1450,
      description:
        'An adjustable back system, hip-belt pockets and a stretch front pocket for wet layers. Built for weekends that turn into long weekends.',
      options: [colours('Slate', 'Rust'), opt('Fit', 'S/M', 'M/L')],
    },
    {
      title: 'Daybreak 22 L Daypack',
      code: 'PACK22',
      category: 'backpacks',
      price: 7900,
      cost: 3000,
      compareAt: 8900,
      weightGrams: 680,
      description:
        'A ventilated trampoline back panel keeps you cool on summer hikes. Hydration-compatible with an integrated rain cover.',
      options: [colours('Ocean', 'Black', 'Moss')],
      tags: ['sale'],
    },
    {
      title: 'Expedition 65 L Pack',
      code: 'PACK65',
      category: 'backpacks',
      price: 22900,
      cost: 9500,
      weightGrams: 2200,
      description:
        'Carries big loads in comfort on multi-day treks. Front zip access means you never unpack everything to reach the stove.',
    },
    {
      title: 'Ridge Mid Waterproof Hiking Boots',
      code: 'RIDGEBOOT',
      category: 'footwear',
      price: 17900,
      cost: 7200,
      weightGrams: 1150,
      description:
        'A waterproof membrane, grippy lugged soles and a supportive mid cut for rocky trails. Comfortable from the first mile.',
      options: [opt('Size', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45')],
      tags: ['bestseller'],
    },
    {
      title: 'Trail Runner Shoes',
      code: 'TRAILRUN',
      category: 'footwear',
      price: 12900,
      cost: 5000,
      compareAt: 14900,
      weightGrams: 620,
      description:
        'Light, cushioned and quick-draining, with a rock plate that shrugs off sharp stones. Ready for mud, scree and the run home.',
      options: [opt('Size', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44')],
      tags: ['sale'],
    },
    {
      title: 'Merino Hiking Socks (2 pairs)',
      code: 'SOCKS',
      category: 'footwear',
      price: 2499,
      cost: 800,
      weightGrams: 120,
      description:
        'Cushioned merino wool socks that regulate temperature and resist odour over several days. Seamless toes prevent blisters.',
      options: [opt('Size', 'S', 'M', 'L')],
    },
    {
      title: 'Carbon Trekking Poles',
      code: 'POLES',
      category: 'trekking-gear',
      price: 8900,
      cost: 3400,
      weightGrams: 420,
      description:
        'Three-section carbon poles with cork grips and quick-lock adjustment. They save your knees on the long descents.',
    },
    {
      title: 'Handheld GPS Navigator',
      code: 'GPS',
      category: 'trekking-gear',
      price: 27900,
      cost: 13000,
      weightGrams: 230,
      description:
        'Preloaded topographic maps, satellite tracking and a two-week battery in expedition mode. The sunlight-readable screen works with gloves.',
      tags: ['premium'],
    },
    {
      title: 'Baseplate Compass',
      code: 'COMPASS',
      category: 'trekking-gear',
      price: 2999,
      cost: 900,
      weightGrams: 40,
      description:
        "A liquid-filled compass with declination adjustment and a sighting mirror. Works when batteries don't.",
    },
    {
      title: 'Stormshell Rain Jacket',
      code: 'STORMSHELL',
      category: 'rain-jackets',
      price: 19900,
      cost: 7800,
      weightGrams: 380,
      description:
        'A three-layer waterproof shell with taped seams, pit zips and a helmet-compatible hood. Packs into its own chest pocket.',
      options: [sizes, colours('Red', 'Navy')],
      tags: ['bestseller'],
    },
    {
      title: 'Packable Rain Poncho',
      code: 'PONCHO',
      category: 'rain-jackets',
      price: 2999,
      cost: 900,
      weightGrams: 260,
      description:
        'A poncho that covers you and your backpack in a downpour. Doubles as a groundsheet or an emergency shelter.',
    },
    {
      title: 'Waterproof Over-Trousers',
      code: 'OVERTROUSER',
      category: 'rain-jackets',
      price: 8900,
      cost: 3400,
      weightGrams: 300,
      description:
        'Full-length side zips let you pull them on over boots. Breathable and light enough to live in the bottom of your pack.',
      options: [sizes],
    },
    {
      title: 'Featherlight Down Jacket',
      code: 'DOWNJKT',
      category: 'insulated-jackets',
      price: 22900,
      cost: 9000,
      compareAt: 25900,
      weightGrams: 330,
      description:
        'Warm hydrophobic down in a jacket that squashes into a fist-sized stuff sack. Perfect for summit breaks and chilly camp evenings.',
      options: [sizes],
      tags: ['sale'],
    },
    {
      title: 'Thermal Insulated Vest',
      code: 'VEST',
      category: 'insulated-jackets',
      price: 9900,
      cost: 3800,
      weightGrams: 240,
      description:
        'Core warmth without bulky sleeves, for scrambling and cycling. Synthetic fill keeps insulating when wet.',
      options: [sizes],
    },
    {
      title: 'Merino Base Layer Top',
      code: 'BASETOP',
      category: 'base-layers',
      price: 6900,
      cost: 2600,
      weightGrams: 200,
      description:
        'Soft 200 g/m² merino that wicks sweat and stays fresh for days. Flatlock seams sit comfortably under a pack.',
      options: [sizes],
    },
    {
      title: 'Merino Base Layer Leggings',
      code: 'BASELEG',
      category: 'base-layers',
      price: 5900,
      cost: 2200,
      weightGrams: 180,
      description:
        'Warm, breathable leggings for cold starts and cosy nights in the sleeping bag. A gusseted crotch gives full freedom of movement.',
      options: [sizes],
    },
    {
      title: 'Grid Fleece Pullover',
      code: 'FLEECE',
      category: 'base-layers',
      price: 5900,
      cost: 2100,
      weightGrams: 330,
      description:
        'A grid fleece that traps warmth and dumps heat on the climb. The half zip and thumb loops make layering easy.',
      options: [sizes, colours('Moss', 'Charcoal')],
    },
    {
      title: 'Adjustable Climbing Harness',
      code: 'HARNESS',
      category: 'harnesses',
      price: 7900,
      cost: 3000,
      weightGrams: 390,
      description:
        'Fully adjustable leg loops, four gear loops and a padded waist belt for long belay sessions. Equally at home at the crag and the climbing wall.',
      options: [opt('Size', 'S', 'M', 'L')],
    },
    {
      title: 'Kids Full-Body Harness',
      code: 'KIDHARNESS',
      category: 'harnesses',
      price: 4900,
      cost: 1800,
      weightGrams: 420,
      description:
        'A full-body harness that keeps young climbers upright and secure. Colour-coded buckles make checks quick for parents.',
    },
    {
      title: 'Dynamic Rope 9.8 mm',
      code: 'ROPE',
      category: 'ropes',
      price: 15900,
      cost: 6800,
      weightGrams: 3800,
      description:
        'A durable all-round single rope with a dry-treated sheath and a bi-pattern middle mark. Ideal for sport climbing and top-roping.',
      options: [opt('Length', '60 m', ['70 m', 2500])],
    },
    {
      title: 'Rope Bag with Tarp',
      code: 'ROPEBAG',
      category: 'ropes',
      price: 3900,
      cost: 1300,
      weightGrams: 550,
      description:
        'Keeps your rope clean at the crag and flakes it out ready to climb. Shoulder straps make the walk-in easy.',
    },
    {
      title: 'Locking Carabiners (3-pack)',
      code: 'CARABINER',
      category: 'hardware',
      price: 3499,
      cost: 1200,
      weightGrams: 180,
      description:
        'Screwgate HMS carabiners with a wide gate for belaying and anchors. Colour-anodised so you can sort your rack at a glance.',
    },
    {
      title: 'Sport Quickdraw Set (6)',
      code: 'QUICKDRAW',
      category: 'hardware',
      price: 8900,
      cost: 3600,
      compareAt: 9900,
      weightGrams: 590,
      description:
        'Six quickdraws with keylock noses that never snag on bolts. Durable dogbones for years of projecting.',
      tags: ['sale'],
    },
    {
      title: 'Belay Device with Guide Mode',
      code: 'BELAY',
      category: 'hardware',
      price: 3999,
      cost: 1400,
      weightGrams: 90,
      description:
        'A tube-style belay device with friction grooves for thin ropes and a guide mode for belaying seconds. Smooth lowering every time.',
    },
    {
      title: 'Chalk Bag with Belt',
      code: 'CHALK',
      category: 'hardware',
      price: 2499,
      cost: 700,
      weightGrams: 110,
      description:
        'A stiff-rimmed chalk bag with a brush holder and a zipped pocket for keys. Drawstring closure keeps chalk off your pack.',
      options: [colours('Teal', 'Orange')],
    },
    {
      title: 'Trailbeam 400 Headlamp',
      code: 'HEADLAMP',
      category: 'lighting',
      price: 3999,
      cost: 1300,
      compareAt: 4999,
      weightGrams: 80,
      description:
        '400 lumens, a red night-vision mode and a USB-C rechargeable battery. Lock mode stops it switching on in your pack.',
      tags: ['sale', 'bestseller'],
    },
    {
      title: 'Rechargeable Camp Lantern',
      code: 'LANTERN',
      category: 'lighting',
      price: 3499,
      cost: 1200,
      weightGrams: 300,
      description:
        'Warm, glare-free light for the whole tent and a USB port to charge your phone. Hang it up or stand it on the table.',
    },
    {
      title: 'Hydration Bladder 2 L',
      code: 'BLADDER',
      category: 'hydration',
      price: 2999,
      cost: 900,
      weightGrams: 190,
      description:
        'A taste-free reservoir with a wide opening for ice and easy cleaning. The bite valve shuts off with a quarter turn.',
    },
    {
      title: 'Insulated Steel Bottle 750 ml',
      code: 'BOTTLE',
      category: 'hydration',
      price: 2999,
      cost: 900,
      weightGrams: 380,
      description:
        'Double-walled stainless steel keeps drinks cold for 24 hours or hot for 12. The powder-coated finish grips in wet hands.',
      options: [colours('Glacier', 'Ember', 'Pine')],
    },
    {
      title: 'Water Filter Straw',
      code: 'FILTER',
      category: 'hydration',
      price: 2999,
      cost: 1000,
      weightGrams: 60,
      description:
        'Drink straight from streams: a 0.1-micron hollow-fibre filter removes bacteria and protozoa. Good for 4,000 litres.',
    },
  ],
};
